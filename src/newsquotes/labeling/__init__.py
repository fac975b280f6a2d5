"""The labeling loop: Label Studio interface, push, pull, agreement and adjudication."""
