"""What every region uses: explanations, tooltips, throttled calls, controls made from the settings table."""
