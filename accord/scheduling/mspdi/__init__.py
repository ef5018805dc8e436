"""Microsoft Project XML (MSPDI) import and export."""

from accord.scheduling.mspdi.reader import MspdiImport, read_mspdi
from accord.scheduling.mspdi.writer import write_mspdi

__all__ = ["MspdiImport", "read_mspdi", "write_mspdi"]
