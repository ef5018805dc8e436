"""The demo's year of GMP quality records, as data: the batches made, the deviations
found on them (mostly minor, some major, one critical with its investigation and the
other batches assessed) and the CAPA they needed (one whose check found it not
effective). The change controls are in ``accord.demo.change_controls``.

The records tell the same story as the rest of the demo: the residual-solvent failure of
Hoshizora's validation batch 2 and the glove breach on isolator ISO-3 are the delays of
``accord.demo.delays``; the harvest hold-time deviation of KRW-6120 run 2 is the one
Kerrowan complains of, today, in ``accord.demo.concern_data``.

Days are offsets from the demo's reference date (a Monday); times are the site's.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BatchSpec:
    project: str
    number: str
    manufactured: int
    status: str  # quality.Batch.Status


BATCHES: tuple[BatchSpec, ...] = (
    BatchSpec("HSZ-1120-SSQ", "H1120-V25-01", -340, "released"),
    BatchSpec("HSZ-1120-SSQ", "H1120-V25-02", -318, "rejected"),
    BatchSpec("HSZ-1120-SSQ", "H1120-V25-02R", -290, "released"),
    BatchSpec("HSZ-1120-SSQ", "H1120-V25-03", -270, "released"),
    BatchSpec("KRW-5512-PPQ", "K5512-PPQ-01", -40, "quarantine"),
    BatchSpec("SLV-204-LP", "SLP7-KL-04", -122, "released"),
    BatchSpec("SLV-204-LP", "SLP7-KL-05", -60, "released"),
    BatchSpec("SLV-204-LP", "SLP7-DEMO-06", -15, "quarantine"),
    BatchSpec("KRW-6120-DS", "K6120-DS-ENG1", -70, "released"),
    BatchSpec("KRW-6120-DS", "K6120-DS-2601", -38, "released"),
    BatchSpec("KRW-6120-DS", "K6120-DS-2602", -11, "quarantine"),
    BatchSpec("HSZ-0904-DS", "H0904-DS-P3-01", -66, "rejected"),
    BatchSpec("HSZ-0904-DS", "H0904-DS-P3-02", -36, "released"),
    BatchSpec("HSZ-0904-DS", "H0904-DS-P3-03", -9, "in_process"),
    BatchSpec("SLV-204-ADC", "S204-ADC-ENG1", -75, "released"),
    BatchSpec("SLV-204-ADC", "S204-ADC-GMP1", -33, "quarantine"),
    BatchSpec("ABR-011-TOX", "A011-TOX-01", -50, "released"),
    BatchSpec("NVB-101-TT", "N101-ENG-01", -27, "released"),
    BatchSpec("HSZ-1120-CS", "H1120-26-01", -21, "released"),
    BatchSpec("HSZ-1120-CS", "H1120-26-02", -7, "in_process"),
    BatchSpec("KRW-7740-FF", "K7740-FF-ENG1", -8, "in_process"),
)


@dataclass(frozen=True)
class OtherBatch:
    item: str  # a batch number of BATCHES, or a product named in words
    affected: bool
    conclusion: str


@dataclass(frozen=True)
class InvestigationSpec:
    team: tuple[str, ...]
    method: str  # quality.InvestigationMethod
    analysis: str
    cause: str  # the taxonomy code
    root_cause: str
    product_impact: str
    other_batches: tuple[OtherBatch, ...]
    preliminary_summary: str
    conclusion: str
    started_after: int  # days after discovery
    submitted_after: int | None  # None: still being investigated
    approved_after: int | None


@dataclass(frozen=True)
class DeviationSpec:
    key: str
    project: str  # "" for a deviation of the site, no sponsor's
    site: str
    batches: tuple[str, ...]
    area: str
    equipment: str
    step: str
    title: str
    description: str
    containment: str
    classification: str
    rationale: str
    discovered: int
    discovered_time: str
    occurred_hours_before: int
    reporter: str
    owner: str
    # Where the story leaves it: assessment, assessment_review, investigation,
    # final_review, closed or cancelled.
    ends: str
    impact: str = ""
    capa_required: bool | None = None
    capa_rationale: str = ""
    cause: str = ""  # for minor deviations, the cause found at assessment
    sod: tuple[int, int, int] | None = None
    from_delay: str = ""  # the title of the demo delay it was raised from
    told_after_hours: float | None = None  # None: not notified (or not notifiable)
    told_how: str = "email"
    summary_after_days: int | None = None
    reclassify: tuple[int, str, str] | None = None  # (days after, class, reason)
    extension: tuple[int, int, str] | None = None  # (days after, days more, why)
    cancellation: str = ""
    recurrence_of: tuple[str, str] | None = None  # (earlier key, justification)
    submitted_after: int = 3  # assessment to QA, days after discovery
    approved_after: int = 6  # QA's approval of the assessment
    approver: str = "qa.quinn"
    investigation: InvestigationSpec | None = None


VSP, SGN = "VSP", "SGN"

DEVIATIONS: tuple[DeviationSpec, ...] = (
    DeviationSpec(
        "br-cross-out",
        "HSZ-1120-SSQ",
        VSP,
        ("H1120-V25-01",),
        "Building 4, suite B2",
        "Reactor R-204",
        "Step 3: crystallization",
        "Batch record correction without a second-person check",
        "A temperature entry in the step 3 record was crossed out and rewritten by the "
        "operator without the second-person verification SOP PRD-007 requires.",
        "The PLC trend for R-204 was printed and attached; the entry was verified against it "
        "by the shift lead the same day.",
        "minor",
        "Isolated documentation error; the value is confirmed by the PLC trend, no product impact.",
        -339,
        "10:15",
        20,
        "ops.omar",
        "stefan.zimmermann",
        "closed",
        impact="None: the recorded value matches the PLC trend.",
        capa_required=False,
        capa_rationale="Isolated error, first of its kind in 24 months; the operator was "
        "coached on PRD-007 as the correction.",
        told_after_hours=48,
        cause="people.error",
        sod=(2, 2, 1),
    ),
    DeviationSpec(
        "dryer-leak",
        "HSZ-1120-SSQ",
        VSP,
        ("H1120-V25-02",),
        "Building 4, suite B2",
        "Filter dryer FD-3",
        "Step 6: final drying",
        "Validation batch 2 residual toluene above the limit",
        "Residual toluene of validation batch 2 was 1,020 ppm against the 890 ppm limit at "
        "release testing.",
        "Batch placed in quarantine and rejected; FD-3 taken out of service for a leak test.",
        "major",
        "Out-of-specification result on a process validation batch of a commercial API.",
        -314,
        "09:30",
        26,
        "meilin.tan",
        "stefan.zimmermann",
        "closed",
        impact="Batch 2 rejected and repeated; the validation protocol amended for the repeat.",
        capa_required=True,
        sod=(4, 2, 2),
        from_delay="Validation batch 2 failed the residual solvent limit",
        told_after_hours=30,
        told_how="call",
        summary_after_days=8,
        investigation=InvestigationSpec(
            ("stefan.zimmermann", "sme.sam", "lukas.meier"),
            "fishbone",
            "Machine branch: the vacuum of FD-3 did not reach 20 mbar in the last 6 h of "
            "drying (trend). Method, material and people branches ruled out by the batch "
            "record review and the solvent content of batch 1.",
            "machine.maintenance",
            "A worn seal on the FD-3 discharge valve let air in; its replacement was overdue "
            "in the maintenance plan.",
            "Batch 2 rejected. No impact on batch 1 (dried before the seal wore).",
            (
                OtherBatch(
                    "H1120-V25-01",
                    False,
                    "Dried at 12 mbar; residual toluene 210 ppm; released.",
                ),
                OtherBatch(
                    "Other products dried in FD-3 since its last seal change",
                    False,
                    "None: FD-3 is dedicated to the HSZ-1120 campaign.",
                ),
            ),
            "The seal of the dryer discharge valve leaked; batch 2 is rejected and will be "
            "repeated after the repair.",
            "Worn discharge valve seal on FD-3; leak test now part of the batch record before "
            "each drying step.",
            2,
            10,
            14,
        ),
    ),
    DeviationSpec(
        "no-coa",
        "",
        VSP,
        (),
        "Warehouse W1, receiving",
        "",
        "Goods receipt",
        "Sodium borohydride lot received without a certificate of analysis",
        "Lot NB-2291 of sodium borohydride arrived without the supplier's CoA.",
        "Lot kept in quarantine; the CoA was requested from the supplier the same day.",
        "minor",
        "The lot never left quarantine; the supplier sent the CoA the next day.",
        -288,
        "14:10",
        2,
        "yuki.nakamura",
        "yuki.nakamura",
        "closed",
        impact="None: quarantine held; CoA received and the lot released to stock.",
        capa_required=False,
        capa_rationale="Supplier error, handled by the supplier complaint process.",
        cause="material.supplier",
    ),
    DeviationSpec(
        "label-recon",
        "HSZ-1120-SSQ",
        VSP,
        ("H1120-V25-03",),
        "Building 4, packaging room P1",
        "",
        "Drumming and labelling",
        "Label reconciliation short by two labels",
        "Label reconciliation after drumming counted 118 labels used and destroyed against "
        "120 issued.",
        "Line cleared and the area searched: both labels found in the line's waste bin.",
        "minor",
        "Both labels found; no labelled drum at risk of mix-up.",
        -269,
        "16:20",
        1,
        "stefan.zimmermann",
        "stefan.zimmermann",
        "closed",
        impact="None.",
        capa_required=False,
        capa_rationale="Labels found; reconciliation worked as designed.",
        told_after_hours=72,
        cause="material.mix_up",
    ),
    DeviationSpec(
        "raised-twice",
        "",
        SGN,
        (),
        "Building 2, Grade C corridor",
        "",
        "Environmental monitoring",
        "Settle plate count above the action limit in the Grade C corridor",
        "Raised a second time by the night shift for the same plate already recorded.",
        "None needed: see the first record.",
        "minor",
        "Duplicate record.",
        -231,
        "08:05",
        10,
        "julia.wagner",
        "julia.wagner",
        "cancelled",
        cancellation="Raised twice for the same plate; the first record covers it.",
    ),
    DeviationSpec(
        "em-corridor",
        "",
        SGN,
        (),
        "Building 2, Grade C corridor",
        "",
        "Environmental monitoring",
        "Settle plate count above the action limit in the Grade C corridor",
        "Settle plate EM-C-14 counted 53 CFU against the action limit of 50 CFU.",
        "Corridor cleaned and disinfected; extra plates for three days, all within limits.",
        "minor",
        "Grade C corridor, no open product; the follow-up plates were within limits.",
        -232,
        "09:00",
        30,
        "julia.wagner",
        "julia.wagner",
        "closed",
        impact="None: no open product handling in the corridor.",
        capa_required=False,
        capa_rationale="Single excursion; the trend over 12 months is stable.",
        cause="environment.contamination",
    ),
    DeviationSpec(
        "glove-breach",
        "SLV-204-LP",
        VSP,
        ("SLP7-KL-04",),
        "Building 5, HPAPI suite H1",
        "Isolator ISO-3",
        "Step 4: PABC carbamate formation",
        "Glove breach on isolator ISO-3 during step 4",
        "The pressure-decay alarm of ISO-3 sounded during charging; a tear was found at the "
        "glove port clamp of port 2.",
        "Charging stopped, the suite evacuated, the isolator decontaminated, air sampled; "
        "step 4 resumed after the leak test passed.",
        "major",
        "Loss of containment for an OEB 5 compound; no exposure measured, no product impact.",
        -118,
        "16:30",
        1,
        "stefan.zimmermann",
        "stefan.zimmermann",
        "closed",
        impact="Air sampling below the OEL; the batch stayed closed in the isolator.",
        capa_required=True,
        sod=(4, 3, 2),
        from_delay="Isolator glove breach during step 4",
        told_after_hours=20,
        summary_after_days=6,
        investigation=InvestigationSpec(
            ("stefan.zimmermann", "rafael.costa", "lukas.meier"),
            "five_whys",
            "Why the tear: a crack at the clamp ring. Why the crack: the clamp had been in "
            "use for 19 months. Why so long: the clamp had no replacement interval, only a "
            "visual check.",
            "machine.maintenance",
            "Fatigue crack at the glove port clamp; clamps had no fixed replacement interval.",
            "None: the batch stayed closed in the isolator; the in-process results are "
            "within limits.",
            (
                OtherBatch(
                    "SLP7-KL-05",
                    False,
                    "Made after the clamp was replaced and the leak test passed.",
                ),
                OtherBatch(
                    "Other products in ISO-3 since the last glove change",
                    False,
                    "None: the isolator was cleaned and verified between campaigns.",
                ),
            ),
            "A fatigue crack at the glove port clamp caused the tear; the batch was not "
            "affected. Clamps will be replaced on a fixed interval.",
            "Clamp fatigue; clamps are now replaced every 6 months.",
            1,
            9,
            12,
        ),
    ),
    DeviationSpec(
        "br-contamination",
        "HSZ-0904-DS",
        SGN,
        ("H0904-DS-P3-01",),
        "Building 3, downstream suite D1",
        "Bioreactor BR-2000-1",
        "Production culture, day 9",
        "Bioburden found in production bioreactor BR-2000-1, run 1",
        "The day 9 bioburden sample of the production culture grew a Gram-positive rod "
        "(Bacillus species); the day 7 sample was clean.",
        "Culture terminated and inactivated; the suite closed; the seed train of run 2 "
        "checked for bioburden (negative).",
        "critical",
        "Microbial contamination of a Phase 3 drug substance batch: significant risk to the "
        "product and, had it gone on, to patients.",
        -57,
        "07:45",
        6,
        "julia.wagner",
        "priya.raman",
        "closed",
        impact="Run 1 lost. Run 2's seed train was negative and kept going in a separate suite.",
        capa_required=True,
        sod=(5, 2, 2),
        told_after_hours=6,
        told_how="call",
        summary_after_days=5,
        investigation=InvestigationSpec(
            ("priya.raman", "ahmed.haddad", "julia.wagner", "hannah.schulz"),
            "fault_tree",
            "Top event: contamination of the production culture. Media (sterile filtered, "
            "integrity tests passed), inoculum (seed negative), additions (all sterile "
            "connections intact) ruled out. Sampling path: the steam-in-place record of "
            "sample valve SV-12 showed 118 °C at the trap instead of 121 °C.",
            "machine.design",
            "The steam trap below sample valve SV-12 let condensate pool, so the valve did "
            "not reach sterilizing temperature during SIP.",
            "Run 1 terminated and destroyed. No material of run 1 reached a downstream step.",
            (
                OtherBatch(
                    "H0904-DS-P3-02",
                    False,
                    "Different bioreactor; seed train bioburden negative at every step; released.",
                ),
                OtherBatch(
                    "Other sponsors' batches in the same suite (two runs)",
                    False,
                    "Sample valves of the other bioreactor passed the SIP temperature check; "
                    "bioburden negative.",
                ),
                OtherBatch(
                    "Media lot M-0904-17",
                    False,
                    "Sterility of the retained media sample negative; used for run 2 too.",
                ),
            ),
            "The culture was contaminated through sample valve SV-12, which did not reach "
            "sterilizing temperature during SIP. Run 1 is destroyed; run 2 is not affected.",
            "Steam trap design of SV-12; all sample valves now get a thermocouple check in "
            "every SIP cycle, and the trap was redesigned.",
            1,
            16,
            21,
        ),
    ),
    DeviationSpec(
        "adc-eng-dar",
        "SLV-204-ADC",
        SGN,
        ("S204-ADC-ENG1",),
        "Building 6, conjugation suite C1",
        "Conjugation vessel CV-50",
        "Conjugation",
        "Average DAR of the engineering run above the target range",
        "The engineering run gave an average drug-to-antibody ratio of 4.4 against a target "
        "of 3.8 to 4.2.",
        "Engineering material labelled not for human use; the equivalents of linker-payload "
        "re-checked before the GMP run.",
        "minor",
        "Engineering run, no GMP material; it is what the run was for.",
        -74,
        "11:00",
        24,
        "elena.petrova",
        "elena.petrova",
        "closed",
        impact="None on GMP material; the GMP run's equivalents were set from this result.",
        capa_required=False,
        capa_rationale="Process learning of an engineering run, carried into the GMP batch record.",
        cause="method.process_design",
    ),
    DeviationSpec(
        "tox-wrong-lot",
        "ABR-011-TOX",
        VSP,
        ("A011-TOX-01",),
        "Building 1, peptide suite P2",
        "",
        "Coupling cycle 14",
        "Coupling reagent taken from another released lot than the one dispensed",
        "HATU for coupling cycle 14 was taken from lot 7741 instead of the dispensed lot "
        "7738; both lots are released.",
        "Dispensing reconciled; lot 7741 use recorded in the batch record.",
        "minor",
        "Both lots released and of the same material; no quality impact.",
        -48,
        "13:30",
        3,
        "ops.omar",
        "sme.sam",
        "assessment",
        cause="material.mix_up",
    ),
    DeviationSpec(
        "glove-again",
        "SLV-204-LP",
        VSP,
        ("SLP7-KL-05",),
        "Building 5, HPAPI suite H1",
        "Isolator ISO-3",
        "Step 5: deprotection",
        "Second glove breach on isolator ISO-3",
        "A pinhole was found in the glove of port 4 at the end-of-shift glove check; the "
        "clamp had been replaced two months before.",
        "Glove changed, isolator decontaminated; the batch was in a closed vessel throughout.",
        "major",
        "Second loss of containment on the same isolator for an OEB 5 compound.",
        -59,
        "17:10",
        3,
        "stefan.zimmermann",
        "stefan.zimmermann",
        "closed",
        impact="None on the batch (closed vessel); no exposure measured.",
        capa_required=True,
        sod=(4, 3, 2),
        told_after_hours=22,
        summary_after_days=7,
        recurrence_of=(
            "glove-breach",
            "Same isolator and the same failure (glove breach) within two months; the "
            "clamp interval did not prevent it.",
        ),
        investigation=InvestigationSpec(
            ("stefan.zimmermann", "rafael.costa", "lukas.meier"),
            "fishbone",
            "The clamp was new; the pinhole sits in the palm, where the solvent-resistant "
            "layer of the current glove thins with wear.",
            "material.supplier",
            "The glove material wears through in the palm under the step 5 solvent load; the "
            "clamp CAPA addressed a different mechanism.",
            "None on the batch.",
            (
                OtherBatch(
                    "SLP7-KL-04",
                    False,
                    "Made before the glove of port 4 was fitted.",
                ),
                OtherBatch(
                    "KRW-5512 HPAPI campaigns in ISO-3",
                    False,
                    "No campaign in ISO-3 since the glove of port 4 was fitted.",
                ),
            ),
            "The glove material itself wore through; the new clamps are not involved. A "
            "glove material change is being prepared.",
            "Glove material not suited to the step 5 solvent load; three-layer glove "
            "proposed under change control.",
            1,
            8,
            11,
        ),
    ),
    DeviationSpec(
        "ph-probe",
        "HSZ-0904-DS",
        SGN,
        ("H0904-DS-P3-02",),
        "Building 3, buffer preparation B1",
        "pH meter PH-B1-02",
        "Buffer preparation",
        "Equilibration buffer prepared with a pH meter past its calibration",
        "The daily calibration of PH-B1-02 had not been done before the equilibration buffer "
        "was prepared.",
        "Buffer held; its pH re-measured with a calibrated meter (7.42, within 7.3 to 7.5).",
        "minor",
        "The buffer was within specification when measured with a calibrated meter.",
        -35,
        "08:40",
        2,
        "julia.wagner",
        "ahmed.haddad",
        "closed",
        impact="None: the buffer met its specification.",
        capa_required=False,
        capa_rationale="The meter's software now blocks a measurement without the day's "
        "calibration (already configured as the correction).",
        told_after_hours=50,
        cause="measurement.instrument",
        extension=(
            20,
            15,
            "The supplier's confirmation of the meter's calibration lock comes with the "
            "next service visit.",
        ),
        submitted_after=25,
        approved_after=28,
        approver="sofia.marchetti",
    ),
    DeviationSpec(
        "adc-temperature",
        "SLV-204-ADC",
        SGN,
        ("S204-ADC-GMP1",),
        "Building 6, conjugation suite C1",
        "Conjugation vessel CV-50",
        "Conjugation",
        "Conjugation temperature above range for 12 minutes",
        "The conjugation temperature reached 27 °C against the 20 to 25 °C range for 12 "
        "minutes when the chiller tripped.",
        "Chiller restarted; the temperature back in range after 12 minutes; the batch held "
        "in quarantine.",
        "major",
        "A critical process parameter out of range on a GMP batch; impact on DAR and "
        "aggregates to be assessed.",
        -32,
        "10:20",
        1,
        "elena.petrova",
        "jonas.becker",
        "investigation",
        impact="To be settled by the investigation: DAR and aggregate results pending.",
        capa_required=True,
        sod=(4, 2, 3),
        told_after_hours=26,
        summary_after_days=9,
        approver="sofia.marchetti",
        investigation=InvestigationSpec(
            ("jonas.becker", "elena.petrova", "hannah.schulz"),
            "five_whys",
            "Chiller CH-7 tripped on high condenser pressure; its condenser fan had been "
            "reported noisy the week before.",
            "machine.breakdown",
            "Condenser fan failure on chiller CH-7.",
            "DAR 3.9 and aggregates 1.1% (limit 2%): within specification so far; stability "
            "samples on test.",
            (),
            "The chiller tripped on a failing condenser fan; DAR and aggregates are within "
            "specification; stability results are awaited before a conclusion.",
            "",
            2,
            None,
            None,
        ),
    ),
    DeviationSpec(
        "spill",
        "NVB-101-TT",
        VSP,
        ("N101-ENG-01",),
        "Building 4, suite B3",
        "Filter dryer FD-5",
        "Discharge",
        "About 3% of the engineering batch spilled during discharge",
        "About 60 g of the engineering batch spilled inside the contained discharge booth.",
        "Spilled material collected as waste; booth cleaned; yield loss recorded.",
        "minor",
        "Engineering batch, contained area, no GMP material.",
        -26,
        "15:00",
        1,
        "sme.sam",
        "sme.sam",
        "closed",
        impact="Yield of the engineering batch 3% lower; no quality impact.",
        capa_required=False,
        capa_rationale="The discharge chute is replaced by a closed liner before the GMP "
        "batch (already in the plan).",
        cause="people.error",
        approver="lukas.meier",
    ),
    DeviationSpec(
        "lb-label",
        "HSZ-1120-CS",
        VSP,
        ("H1120-26-01",),
        "Building 4, packaging room P1",
        "Label printer LP-2",
        "Drumming and labelling",
        "Drum labels printed with the net weight in pounds",
        "The labels of two drums showed the net weight in lb instead of kg after a printer "
        "template update.",
        "Drums relabelled; the template restored and locked.",
        "minor",
        "Caught at label check before release; no drum left the site.",
        -20,
        "10:45",
        1,
        "stefan.zimmermann",
        "stefan.zimmermann",
        "assessment_review",
        impact="None: relabelled before release.",
        capa_required=False,
        capa_rationale="Template changes now go through change control (CC already raised).",
        told_after_hours=70,
        cause="method.procedure_not_followed",
        submitted_after=4,
        approver="lukas.meier",
    ),
    DeviationSpec(
        "hold-time",
        "KRW-6120-DS",
        SGN,
        ("K6120-DS-2602",),
        "Building 3, harvest suite H2",
        "Harvest tank HT-2",
        "Harvest hold",
        "Harvest hold time exceeded on run 2",
        "The clarified harvest of run 2 was held 26 h before the Protein A step against the "
        "24 h of the batch record (36 h validated).",
        "Harvest sampled for bioburden and endotoxin before loading (both within limits).",
        "minor",
        "Inside the validated 36 h; classed minor at intake.",
        -8,
        "09:10",
        26,
        "ahmed.haddad",
        "priya.raman",
        "investigation",
        impact="Within the validated hold time; product quality attributes being confirmed.",
        capa_required=False,
        capa_rationale="Within the validated hold time; a one-off clash of column schedules.",
        told_after_hours=120,
        reclassify=(
            4,
            "major",
            "QA review: the batch record limit of 24 h is the registered limit in "
            "Kerrowan's licence; exceeding it is a major deviation whatever the validation "
            "says.",
        ),
        submitted_after=3,
        approved_after=5,
        approver="hannah.schulz",
        investigation=InvestigationSpec(
            ("priya.raman", "ahmed.haddad", "hannah.schulz"),
            "five_whys",
            "The Protein A column was not free: the cleaning cycle of the previous run "
            "overran by four hours.",
            "method.process_design",
            "Column scheduling has no buffer between runs' cleaning and the next load.",
            "Bioburden and endotoxin within limits; charge variants and aggregates on test.",
            (),
            "",
            "",
            0,
            None,
            None,
        ),
    ),
    DeviationSpec(
        "stopper-bowl",
        "KRW-7740-FF",
        SGN,
        ("K7740-FF-ENG1",),
        "Building 7, filling line F2",
        "Stopper bowl SB-2",
        "Stoppering",
        "Stopper bowl jam during the engineering fill",
        "The stopper bowl of line F2 jammed; 212 vials were left partly stoppered and rejected.",
        "Line stopped, vials rejected by the line's reject system, bowl inspected.",
        "minor",
        "Engineering fill; rejected vials segregated by the line.",
        -8,
        "14:30",
        0,
        "thomas.krueger",
        "thomas.krueger",
        "assessment",
        cause="machine.breakdown",
    ),
    DeviationSpec(
        "oos-step6",
        "SLV-204-LP",
        VSP,
        ("SLP7-DEMO-06",),
        "Building 5, HPAPI suite H1",
        "",
        "Step 6: demonstration batch",
        "Step 6 demonstration batch out of specification for des-methyl impurity",
        "Des-methyl impurity 0.21% against a 0.15% limit at release testing of the step 6 "
        "demonstration batch.",
        "Batch held in quarantine; OOS phase I laboratory investigation opened.",
        "major",
        "Out-of-specification result on a batch meant for GMP use of an HPAPI.",
        -12,
        "16:30",
        48,
        "meilin.tan",
        "sme.sam",
        "investigation",
        impact="Batch held; rework by recrystallization under assessment.",
        capa_required=True,
        from_delay="Step 6 demonstration batch out of specification for des-methyl impurity",
        told_after_hours=40,
        approver="lukas.meier",
        submitted_after=2,
        approved_after=3,
        investigation=InvestigationSpec(
            ("sme.sam", "meilin.tan", "lukas.meier"),
            "fishbone",
            "Phase I (laboratory): no assignable cause; the result confirmed on re-injection "
            "and a second preparation. Phase II (process) under way.",
            "",
            "",
            "",
            (),
            "",
            "",
            4,
            None,
            None,
        ),
    ),
    DeviationSpec(
        "ipc-oos",
        "NVB-101-TT",
        VSP,
        (),
        "Building 4, suite B3",
        "HPLC QC-07",
        "Step 3: in-process control",
        "Step 3 in-process assay below its limit",
        "The step 3 in-process assay gave 96.1% against the limit of not less than 97.0%.",
        "Step 4 not started; the sample retested under the OOS procedure.",
        "major",
        "In-process OOS on the route's key step before the first GMP batch.",
        -1,
        "11:30",
        2,
        "meilin.tan",
        "sme.sam",
        "assessment",
        sod=(3, 3, 2),
    ),
)


@dataclass(frozen=True)
class ActionSpec:
    kind: str  # correction / corrective / preventive
    description: str
    owner: str
    due_after: int  # days after the CAPA was opened
    done_after: int | None  # None: still open
    evidence: str = ""


@dataclass(frozen=True)
class CapaSpec:
    key: str
    deviation: str  # the key of its deviation ("" standalone)
    title: str
    problem: str
    owner: str
    approver: str
    opened_after: int  # days after the deviation's discovery
    actions: tuple[ActionSpec, ...]
    criteria: str
    implemented_after: int | None  # days after opening; None: not yet
    check_after_days: int = 60
    verdict: str = ""  # "", effective, partially, not_effective
    rating: int | None = None
    check_evidence: str = ""
    follows: str = ""
    requires_retraining: bool = False


CAPAS: tuple[CapaSpec, ...] = (
    CapaSpec(
        "dryer-seal",
        "dryer-leak",
        "Dryer vacuum integrity before every drying step",
        "A worn discharge valve seal let air into FD-3 and residual toluene failed.",
        "stefan.zimmermann",
        "lukas.meier",
        6,
        (
            ActionSpec(
                "correction",
                "Replace the discharge valve seal of FD-3 and repeat the leak test.",
                "ops.omar",
                3,
                2,
                "Work order WO-4471; leak rate 0.8 mbar·L/s (limit 2).",
            ),
            ActionSpec(
                "corrective",
                "Add a vacuum leak test before each drying step to the batch record.",
                "stefan.zimmermann",
                21,
                15,
                "Master batch record HSZ-1120 v4 approved with the leak test at step 6.1.",
            ),
            ActionSpec(
                "preventive",
                "Put every dryer valve seal on a 12-month replacement interval.",
                "ops.omar",
                30,
                26,
                "Maintenance plan MP-B4 revision 9.",
            ),
        ),
        "No residual solvent failure and no failed leak test in the next three batches dried "
        "in FD-3.",
        32,
        60,
        "effective",
        4,
        "Batches V25-02R and V25-03 and the first commercial batch passed the leak test and "
        "residual toluene (190 to 240 ppm).",
    ),
    CapaSpec(
        "glove-clamps",
        "glove-breach",
        "Replace isolator glove port clamps on a fixed interval",
        "A fatigue crack at a glove port clamp tore the glove of ISO-3 during HPAPI charging.",
        "stefan.zimmermann",
        "lukas.meier",
        8,
        (
            ActionSpec(
                "correction",
                "Replace every clamp of ISO-3.",
                "ops.omar",
                2,
                1,
                "All eight clamps replaced; leak test passed.",
            ),
            ActionSpec(
                "corrective",
                "Replace glove port clamps every 6 months on all HPAPI isolators.",
                "ops.omar",
                20,
                14,
                "Maintenance plan MP-B5 revision 3.",
            ),
        ),
        "No glove breach on ISO-3 for 60 days after the clamps were replaced.",
        16,
        33,
        "not_effective",
        2,
        "A second breach on ISO-3 (port 4) within the window: the clamp was not the only "
        "mechanism.",
    ),
    CapaSpec(
        "glove-material",
        "glove-again",
        "Three-layer gloves on the HPAPI isolators",
        "The glove material wears through under the step 5 solvent load.",
        "stefan.zimmermann",
        "lukas.meier",
        12,
        (
            ActionSpec(
                "corrective",
                "Change the gloves of ISO-3 to the three-layer CSM/butyl glove, under change "
                "control.",
                "stefan.zimmermann",
                45,
                None,
            ),
            ActionSpec(
                "preventive",
                "Add a glove thickness check to the weekly isolator inspection.",
                "ops.omar",
                30,
                None,
            ),
        ),
        "No glove breach on ISO-3 for 90 days of HPAPI campaigns after the change.",
        None,
        90,
        follows="glove-clamps",
        requires_retraining=True,
    ),
    CapaSpec(
        "sv12-trap",
        "br-contamination",
        "Sterilizing temperature at every bioreactor sample valve",
        "Sample valve SV-12 did not reach sterilizing temperature in SIP: run 1 contaminated.",
        "priya.raman",
        "sofia.marchetti",
        5,
        (
            ActionSpec(
                "correction",
                "Terminate and destroy run 1; clean and re-qualify BR-2000-1.",
                "julia.wagner",
                5,
                4,
                "Destruction record DR-0904-01; SIP re-qualification report SQ-112.",
            ),
            ActionSpec(
                "corrective",
                "Redesign the steam trap below SV-12.",
                "ahmed.haddad",
                20,
                16,
                "Trap replaced (work order WO-5088); SIP mapping of SV-12 at 122.5 °C.",
            ),
            ActionSpec(
                "preventive",
                "Thermocouple check at every sample valve in each SIP cycle.",
                "ahmed.haddad",
                25,
                20,
                "SIP recipe v12 with eight valve thermocouples; alarm below 121 °C.",
            ),
        ),
        "No bioburden in the next three production runs; every SIP cycle above 121 °C at "
        "every sample valve.",
        22,
        21,
        "effective",
        5,
        "Runs P3-02 and P3-03 and KRW-6120 run 2601 bioburden negative; 27 SIP cycles, all "
        "valves above 121.4 °C.",
    ),
    CapaSpec(
        "chiller-fan",
        "adc-temperature",
        "Chiller condition monitoring in the conjugation suite",
        "A failing condenser fan tripped chiller CH-7 during conjugation.",
        "jonas.becker",
        "sofia.marchetti",
        8,
        (
            ActionSpec(
                "correction",
                "Replace the condenser fan of CH-7.",
                "thomas.krueger",
                3,
                2,
                "Work order WO-5120.",
            ),
            ActionSpec(
                "preventive",
                "Vibration monitoring on the chillers of suites C1 and C2.",
                "thomas.krueger",
                40,
                None,
            ),
        ),
        "No chiller trip during conjugation in the next six months.",
        None,
    ),
)
