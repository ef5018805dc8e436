"""Improvement pages: initiatives (staff), the sponsor's portal view of its initiatives,
5S areas and audits, and the technology register."""
