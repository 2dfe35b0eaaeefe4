"""The data: the panel of presets and data settings (`panel.DataPanel`), the canvas (`canvas.DataCanvas`), drawing
gestures turned into edits (`drawing.PointEditor`) and CSV import."""
