"""The adjudication page: coders' matched events side by side, decided field by field."""
