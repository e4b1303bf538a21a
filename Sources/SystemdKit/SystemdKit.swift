// Placeholder: see docs/DESIGN.md.
