"""Charts and a summary report of the dataset (matplotlib, Arabic shaped for it)."""
