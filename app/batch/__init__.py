"""Creating many paylinks from a spreadsheet, the parts that need no display: reading CSV and
.xlsx files, suggesting which column is which field, checking every row by the form's rules, and
the cells of the results. The Qt side is `app.models.batch_*` and `app.views.batch_window`."""
