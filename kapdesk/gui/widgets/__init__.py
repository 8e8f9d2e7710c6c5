"""Small Qt helpers every tab uses: widths that fit the words, keyboard rules, form captions,
table views, Baku day ranges."""
