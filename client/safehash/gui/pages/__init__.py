"""The pages of the window: the five numbered steps, the receipt, and the side pages."""
