# What the render pipeline says (src/lib.rs): options that cannot go
# together, what the issue options need from the document, tables and
# characters the page cannot hold, and vanban's own failures.

pipeline-conflict-pdfa2-attach = PDF/A-2 allows only PDF/A files as attachments, so a PDF/A-2b cannot carry its YAML; use --pdf-standard a-3b (PDF/A-3b allows it), or leave out --attach-source
pipeline-conflict-copy-form = a copy is made of the document as issued; --form prints one blank form, not a copy
pipeline-conflict-copy-apart = a copy is made of the document as issued, phụ lục included; --appendices-apart is for issuing it, not for copies
pipeline-template-failed = could not generate the document: { $error }
pipeline-bug-hint = this is a bug in vanban; please report it with the YAML file
pipeline-no-forms = the document has no forms (mẫu) to print
pipeline-no-such-form = the document has { $count } forms (mẫu); there is no mẫu { $n }
    .hint = forms are written under `forms:`; ask for one of them, counting from 1
pipeline-no-such-appendix = the document has { $count } phụ lục; there is no phụ lục { $n }
pipeline-copy-missing = --copy { $kind } needs the document's `copy:` section: who certifies the copy
    .hint = add e.g.
        copy:
          number: 5
          date: 2026-11-25
          signer: {"{"}authority: [TL. Chủ tịch], title: Chánh Văn phòng, name: …{"}"}
pipeline-copy-excerpt = a trích sao copies part of the document; `copy.articles` or `copy.excerpt` says which
    .hint = for a quyết định, list the Điều to copy (`articles: [1, 3]`); otherwise give the copied text under `excerpt:`
pipeline-copy-time = an electronic copy is stamped with the time it is signed; `copy` needs its `date` and `time`
    .hint = e.g. date: 2026-11-25 and time: "14:30:05" (Vietnam time, +07:00)
pipeline-pdfa-date = a PDF/A file must carry its date, and this document has none
    .hint = give the document its `date` (an archival copy is of an issued document), or set SOURCE_DATE_EPOCH
pipeline-typst-value-hint = the typesetter could not lay out this value; please report it with the YAML file
pipeline-typst-ours-hint = the error is in vanban's generated Typst, not in your file; please report it with the YAML file
pipeline-under-0-1-mm = less than 0.1 mm
pipeline-table-too-wide = the table does not fit the { $orientation ->
        [landscape] landscape
       *[portrait] portrait
    } page: even at { $size } pt its columns need { $needed } mm, { $over } more than the { $width } mm the text is wide
pipeline-table-too-wide-landscape-hint = give its text columns a narrower `width`, or split it into tables with fewer columns
pipeline-table-too-wide-portrait-hint = put it in a phụ lục with `landscape: true`, give its text columns a narrower `width`, or split it into tables with fewer columns
pipeline-column-too-narrow = the column `{ $title }` is { $width } mm wide, but its widest figure needs { $needed } mm at { $size } pt: it would print across the cell's border
    .hint = give it `width: { $min }mm` or more, or leave `width` out so vanban sizes it
pipeline-missing-glyph = the character `{ $char }` (U+{ $code }) cannot be printed with the font { $family }
    .hint = remove or replace the character; NĐ30 documents use Times New Roman text only

## Errors of the layout templates (src/template/)
template-error = template { $template }, line { $line }: { $detail }
template-error-unplaced = template { $template }: { $detail }
template-missing-value = a template printed a missing value
template-printed-kind = a template printed a { $kind } value
