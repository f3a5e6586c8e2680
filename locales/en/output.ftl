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
