from django.apps import AppConfig


class EquipmentConfig(AppConfig):
    name = "accord.equipment"
    label = "equipment"
    verbose_name = "Equipment"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.equipment import selectors

        register(
            self.get_model("Equipment"),
            visible_to=selectors.equipment_visible_to,
            label="Equipment",
            children=(
                "equipment.qualificationrecord",
                "equipment.calibrationrecord",
                "equipment.maintenancerecord",
            ),
        )
        for name, label in (
            ("QualificationRecord", "Qualification record"),
            ("CalibrationRecord", "Calibration record"),
            ("MaintenanceRecord", "Maintenance record"),
        ):
            register(
                self.get_model(name),
                visible_to=selectors.records_visible_to(self.get_model(name)),
                label=label,
            )
