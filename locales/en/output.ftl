# Messages of the output stage (see src/i18n.rs).

## DOCX output (src/docx/)
docx-unsupported = { $what } has no DOCX form in this version of vanban; the DOCX would differ from the PDF
    .hint = render a PDF (-o name.pdf), or leave this part out of the DOCX draft
docx-part-type = A { $type }
docx-part-attached-type = A { $type } issued with a quyết định
docx-part-appendix = A phụ lục
docx-part-table-errors = A table with errors
docx-part-forms = A form (mẫu) of a Kế hoạch
docx-part-solutions-item = A numbered item or sub-heading among the solutions
docx-image-unreadable = `{ $path }` could not be read as a PNG image
    .hint = give the path of a PNG file, relative to the YAML file

## The self-check of every render (src/verify/)
self-check-text-summary = every printed field's words are on the laid-out pages, in order (checked at every render)
    .rule = vanban's promise: the document says what the YAML says
self-check-place-summary = no glyph, rule or image outside the text area; the header's columns do not overlap (every render)
    .rule = NĐ30 Phụ lục I, mục I.5 (lề trang) and Sơ đồ (ô 1–2)
self-check-text-budget = vanban could not check this field against the printed pages within its budget ({ $budget } comparisons, { $per } per character); no file was written
    .hint = this happens only with very repetitive text, such as one letter repeated thousands of times: write the text as words
self-check-text-missing = the text of this field is not on the printed pages: `{ $text }`
    .hint = this is a bug in vanban, not in your file; no file was written. Please report it with the YAML file
self-check-text-altered = the printed pages do not show this field as written: `{ $missing }` after `{ $before }` is missing or altered (printed: `{ $printed }`)
    .hint = this is a bug in vanban, not in your file; no file was written. Please report it with the YAML file
# What lies outside: a run of text, a rule, an image.
self-check-place-what = { $kind ->
        [rule] a rule
        [image] an image
       *[text] `{ $text }`
    }
self-check-place-past = { $mm } mm past the { $edge ->
        [left] left
        [right] right
       *[bottom] bottom
    } margin
self-check-place-header = the header's { $side ->
        [left] left
       *[right] right
    } column runs { $mm } mm into the other column
self-check-place = { $what } is printed outside the text area on page { $page }: { $how }
    .hint = a word too long for its column or a table too wide for the page: break the word (a space, or `-` in a code), shorten the text, or give the column more width; no file was written
self-check-place-ours = { $what } is printed outside the text area on page { $page }: { $how }
    .hint = vanban's own text is out of place: this is a bug in vanban; no file was written. Please report it with the YAML file
