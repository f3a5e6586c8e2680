# Messages of `vanban import` (src/import/, src/cmd/import.rs; see src/i18n.rs).

## The file given to import
import-format-doc = { $name } is an old binary Word file (.doc)
    .hint = open it in Word or LibreOffice and save it as .docx or .pdf
import-format = { $name }: vanban imports .docx, .pdf and .txt files
    .hint = save the document as PDF, or copy its text into a .txt file (or pipe it in with `-`)
import-too-large = { $name } is { $size } KB; vanban imports files up to { $max } KB
    .hint = split the document, or import the part you need
import-too-many-lines = { $name } has { $lines } lines; vanban imports documents up to { $max } lines
    .hint = split the document, or import the part you need
import-too-much-text = { $name } holds { $size } KB of text; the YAML an import writes is read back by vanban, which reads YAML files up to { $max } KB
    .hint = split the document, or import the part you need (a Kế hoạch is tens of kilobytes of text)
import-encoding = { $name } is not UTF-8 text (byte { $offset })
    .hint = save it as UTF-8 (Unicode); TCVN3/VNI encodings are not supported
import-empty = the file holds no text
    .hint = { $format ->
        [pdf] a scanned PDF has no text layer: run OCR first, or copy the text into a .txt file
        [docx] the Word file has no paragraphs: is the text in a text box or an image?
       *[text] the file is empty: copy the document's text into it
    }
import-type = no tên loại (KẾ HOẠCH, QUYẾT ĐỊNH …) or `V/v` line was found at the top
    .hint = say the type with `--type ke-hoach` (see `vanban new` for the types)
import-unknown-type = unknown document type `{ $type }`; expected one of: { $expected }
import-output-exists = { $path } exists; use --force to replace it
import-output-is-input = { $path } is the input; vanban never writes over its input
import-stdin-unreadable = cannot read standard input: { $error }
import-cannot-read = cannot read { $name }: { $error }
import-written-next = check the places above, then `vanban check { $path }`

## Word (.docx)
import-docx-part-too-large = { $name }: { $part } is { $size } MB unpacked; vanban reads parts up to { $max } MB (limits::IMPORT_MAX_XML_BYTES)
    .hint = save a copy without images, or as PDF
import-docx-part-unreadable = { $name }: { $part } cannot be read ({ $error })
    .hint = open it in Word and save it again
import-docx-not-zip = { $name }: not a Word (.docx) file ({ $error })
    .hint = an old .doc must be saved as .docx or PDF first
import-docx-no-document = { $name } has no word/document.xml: not a Word document
    .hint = save it from Word as .docx
import-docx-not-xml = { $name }: word/document.xml is not well-formed XML ({ $error })
    .hint = open it in Word and save it again
import-docx-dtd = { $name }: { $part } declares a DTD (`<!DOCTYPE …>`); Word never writes one, so vanban does not import a file that has it
    .hint = the file was not saved by Word, or was altered (a DTD is how "billion laughs" and local-file attacks come in); if you trust it, open it in Word and save it again as .docx
import-docx-too-deep = { $name } nests deeper than { $max } levels (limits::IMPORT_MAX_DEPTH)
    .hint = save it again from Word

## PDF
import-pdf-encrypted = { $name }: the PDF is encrypted
    .hint = save an unprotected copy (print to PDF), or copy its text into a .txt file
import-pdf-unreadable = { $name }: not a readable PDF ({ $error })
    .hint = open it in a PDF viewer to check it, or export it again
import-pdf-too-many-pages = { $name } has { $pages } pages; vanban imports documents up to { $max } pages (limits::IMPORT_MAX_PAGES)
    .hint = import the part you need
import-pdf-stream-too-large = { $name }: { $page ->
        [0] a data stream of the file
       *[other] the content of page { $page }
    } is more than { $max } MB inflated; vanban reads streams up to { $max } MB (limits::IMPORT_MAX_STREAM_BYTES)
    .hint = the file is damaged or a "decompression bomb", not a real document; if you trust it, open it in a PDF viewer and print it to a new PDF, or copy its text into a .txt file
import-pdf-content-too-large = { $name }: the pages' content is more than { $max } MB inflated in all (past it on page { $page }); vanban reads up to { $max } MB per PDF (limits::IMPORT_MAX_CONTENT_BYTES)
    .hint = import the part you need, or copy its text into a .txt file
import-pdf-no-text = { $name }: the PDF has no text layer (a scan?)
    .hint = run OCR on it first (the text must be selectable), or type the text into a .txt file

## The report: one line a note, `kind: message (places)`
import-kind = { $kind ->
        [recognised] recognised
        [guessed] guessed
       *[check] check
    }
import-note = { $kind }: { $message }
import-note-at = { $kind }: { $message } ({ $places })
import-yaml-line = YAML line { $line }
# Where a note is in the source: a line of a text file, a page of a PDF, a paragraph of a Word file.
import-source = { $format ->
        [pdf] page
        [docx] paragraph
       *[text] source line
    } { $source }
# The comment atop the YAML the import writes (each line gets a `# ` before it).
import-yaml-comment = Imported by `vanban import` ({ $ten_loai }): check the places the import report names,
    then `vanban check` and `vanban render`.
import-acknowledged = { $message } (acknowledged under `allow:`)
# An error `vanban check` will still report in the YAML just written (the import switches no rule off).
import-check-refuses = `vanban check` will report [{ $code }] here: { $message }. Correct it in the YAML (the import switches no check off)
# The reason written under `allow:` in the YAML.
import-allow-reason = as written in the imported original; check it

## The report's notes
import-attached-yaml = the PDF carries the YAML it was rendered from ({ $file }): imported as it is, nothing guessed
import-joined = joined two lines into one paragraph (`…{ $end }` / `{ $start }…`)
import-cite-no-number = `{ $cited }` was cited without `số`; vanban prints `{ $printed }`
import-basis-as-written = a căn cứ kept as written (`text:`): its citation did not parse
import-basis-reworded = this căn cứ is printed as vanban words it; the original read `{ $original }`
import-type-found = tên loại { $ten_loai } ({ $type })
import-number-found = số and ký hiệu `{ $number }`
import-place-date-found = place and date
import-mark-found = { $field } `{ $text }`
import-bases-found = { $bases } căn cứ citing { $cited ->
        [one] 1 document
       *[other] { $cited } documents
    }
import-no-date-place = no date line was found; the place `{ $place }` is taken from the issuer's name
import-no-date = no date line was found: write the place
import-no-year = no year was found in the date line or the title: check `year`
import-no-title = no trích yếu was found under the tên loại
import-greeting-found = the salutation
import-outline-found = the outline in { $numbering }
import-appendices-found = { $count } phụ lục (from { $place })
import-attached-left-out = the { $ten_loai } printed after the document (from { $place }) is not part of this YAML: import those pages as a document of their own (a text issued with it goes in `attachment:`, a phụ lục in `appendices:`)
# One form in the list of the two notes below.
import-form = { $label } «{ $title }» ({ $place })
import-forms-more = and { $count ->
        [one] 1 more form
       *[other] { $count } more forms
    }
import-forms-found = { $count ->
        [one] 1 form
       *[other] { $count } forms
    } printed after the document written under `forms:`: { $forms }. Fill-in lines (`field`, `fields`), boxes (`checkboxes`), tables, the date line (`date_line`) and signatures (`signatures`) are recognised; { $text ->
        [0] no line is left as a `text` paragraph. Compare with the original
        [one] 1 other line is kept as a `text` paragraph: compare with the original, and rewrite it if it is a fill-in line, box or signature not recognised
       *[other] { $text } other lines are kept as `text` paragraphs: compare with the original, and rewrite any that is a fill-in line, box or signature not recognised
    } as README's `forms` section shows
import-forms-left-out = { $count ->
        [one] 1 form
       *[other] { $count } forms
    } printed after the document not in this YAML: { $forms }. This type has no `forms:`: write them under `forms:` of the document that issues them (see README's `forms` section)
import-form-unlabelled = the form «{ $title }» has no `Mẫu số …` label (it starts on a new page): vanban prints `Mẫu số 01` over it; write `label:` for another
import-form-date-year = the line `{ $line }` of { $label } has its year typed ({ $year }): kept as `text` (left, upright), since vanban's `date_line` prints dots for the year too. For a date line on the right in italics, write `date_line: <place>` (the year then prints as dots)
import-form-kinh-gui = the line `{ $line }` of { $label } is kept as `text` (left-aligned): the form already has its `subtitle`, and a form has one. Check it if the original centres this line
import-form-blank-rows-cut = the table of { $label } has { $count } empty rows; vanban keeps { $max } (`blank_rows: { $max }`, the most a form's table holds). For more, split it into several tables or form pages
import-form-organization = the cơ quan line over the form's title is written under the form's `header`: { $lines }. vanban prints it left of the Quốc hiệu and Tiêu ngữ; check it if the original has no Quốc hiệu
import-issued-found = the { $ten_loai } the quyết định issues (from { $place }) is written to a file of its own, { $file }, which `attachment:` names
import-issued-from-decision = `{ $field }` is not printed on the issued text: taken from the quyết định
import-issued-notes = In { $file }:
import-issued-stdout = this document issues a { $ten_loai }, written as a second YAML file, so it cannot go to standard output
    .hint = name the output file: `-o name.yaml` (the { $ten_loai } is written beside it)
import-recipients-found = nơi nhận: { $count ->
        [one] 1 entry
       *[other] { $count } entries
    }, Lưu: { $archive }
import-recipients-lead = the line `{ $line }` heading nơi nhận is not written under `recipients`: vanban prints it itself
import-no-signer = no signer was found: fill in `signer`
import-signer-one-line = only one line of the signer block was found
import-signer-found = signer { $name }, { $title }
import-signer-left-out = lines of the signer block left out: { $lines }
import-signer-fill-in = a fill-in line (dot leaders) is never the signer's title or name, not written under `signer`: { $lines }
import-signer-asides = lines in brackets in the signer block are not written to the YAML: { $lines } (vanban leaves the space to sign; write them under `signer` if needed)
import-end-after-form = nơi nhận and the signer were typed after the form «{ $form }» (which starts on a new page): read as the document's end; the signature grid after them belongs to the form
import-abbr-mismatch = ký hiệu `{ $number }` does not start with the type's abbreviation
import-issuer-from-text = the document has no header: the issuer `{ $issuer }` is taken from `{ $who } ban hành`
import-no-issuer = no issuer was found: write the cơ quan ban hành
import-header-split = { $count } header lines read as chủ quản, the rest as the cơ quan ban hành
import-rule-dropped = The rule typed as characters `{ $line }` in the header is left out: vanban draws its own rules under the name and the Tiêu ngữ
import-rule-dropped-body = The rule typed as characters `{ $line }` between paragraphs is left out: an NĐ30 document has no rules in its body
import-bases-end-dropped = The last căn cứ ends in `;` before a sentence of its own: vanban prints `.` as NĐ30's forms do (write `bases_end: ";"` to keep it)
import-abbr-guess = no ký hiệu was found: the issuer's abbreviation `{ $guess }` is a guess
import-preamble-section = several paragraphs before the first mục: kept as a section before it
import-projects-found = { $count } dự án with their nội dung, kinh phí and phân công
import-projects-unread = the dự án could not all be read as vanban words them: the mục is kept as a section
import-generic-section = mục `{ $heading }` kept as a generic section
import-appendix-capitals = a phụ lục's title is read from capitals: check the capitals of its proper names
import-table-levels = a table with rows in levels { $levels } (`levels`): { $blank } figures of parent rows and of the total are the sums of the rows under them, left blank: vanban adds them up and prints them as the original did; edit a row and its parent follows
import-table-total-computed = a table's total: { $blank } figures are the sums of its rows, left blank: vanban adds them up and prints them as the original did
import-legal-normative = a văn bản quy phạm pháp luật: the enactment sentence in place of `QUYẾT ĐỊNH:`
import-no-authority = no thẩm quyền line was found under the trích yếu
import-table-in-article = a table in a Điều: a quyết định's Điều holds text only, so its rows are written as paragraphs, cells joined by ` | `; make it a khoản list, or a phụ lục (`appendices`) with the table
import-before-article = a paragraph before Điều 1 was kept in Điều 1: `{ $text }…`
import-articles-found = { $count } Điều
import-meeting-missing = no `{ $key }` line was found in the giấy mời
import-meeting-found = the meeting: { $keys }
import-label-missing = no `{ $label }` line was found
import-no-valid-until = no `Giấy này có giá trị đến hết ngày …` was found: check `valid_until`
import-intro-left-out = text before `Ông (bà)` left out: `{ $text }`
import-introduction-found = the person, where they are sent, why, and until when
import-opened-unread = `Thời gian bắt đầu:{ $text }` was not read as a time
import-before-content = a line before `Nội dung:` left out: `{ $text }`
import-minutes-missing = no `{ $key }` line was found in the biên bản
import-no-opened = no `Thời gian bắt đầu:` was found: check `opened`
import-no-closed = no `… kết thúc vào …` line was found: check `closed`
import-block-title-missing = the { $who }'s chức vụ was not found
import-minutes-signers-found = the thư ký's and the chủ tọa's blocks
import-no-sender = no `… điện:` line was found under the trích yếu
import-sender-found = the sender and { $count ->
        [one] 1 addressee
       *[other] { $count } addressees
    }
import-leave-unread = the giấy nghỉ phép's sentences were not read: fill in its fields
import-leave-title = a giấy nghỉ phép prints no trích yếu: `title` (for the register) is made from the person's name
import-leave-found = the request, the person, the leave and what it counts as
import-party-missing = no `{ $who }:` line was found
import-contract-found = the two parties and { $count } Điều
import-contract-title-missing = a signer's chức vụ was not found
