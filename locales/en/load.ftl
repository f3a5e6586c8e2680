# Messages of the load stage (see src/i18n.rs).

## yaml-syntax: YAML syntax errors, reported at the mistake, not where the parser stopped
yaml-syntax = invalid YAML: { $message }
    .hint = look at this line and the ones just above it: YAML errors are found where the parser gives up
yaml-syntax-double-quote-open = this quoted value is not closed on its line; it runs on to line { $line }
    .hint = end the value with `"` on its line (write `\"` for a quote inside it), or drop the opening quote
yaml-syntax-single-quote-open = this quoted value is not closed on its line; it runs on to line { $line }
    .hint = end the value with `'` on its line (write `''` for an apostrophe inside it), or drop the opening quote
yaml-syntax-quote-unclosed = this quoted value is never closed
    .hint = end the value with the same quote it starts with
yaml-syntax-tab-indent = this line is indented with a tab (shown as →): `{ $line }`
    .hint = YAML indents with spaces only: replace each tab (→) with spaces
yaml-syntax-tab = a tab character where YAML expects spaces
    .hint = YAML indents with spaces, not tabs: replace the tab with spaces
yaml-syntax-over-indented = `{ $key }:` is indented { $spaces -> 
        [one] 1 space
       *[other] { $spaces } spaces
    } more than the line above, so YAML reads it as part of the value above
    .hint = remove { $spaces -> 
        [one] 1 space
       *[other] { $spaces } spaces
    } before `{ $key }:`: the fields of one mapping start in the same column
yaml-syntax-duplicate-key = the key `{ $key }` is given twice at the same level
    .hint = keep one `{ $key }:`; a later one would silently replace the earlier
yaml-syntax-unclosed-bracket = this `{ $open }` is not closed by `{ $close }`
    .hint = close the list with `{ $close }` on the same line, or write one item per line as `- item`
yaml-syntax-colon = a `:` here would start a new field inside a value
    .hint = put the value in quotes, or write it as a block: `>-` after the field and the text on the next lines, indented
yaml-syntax-more-tabs = { $count ->
        [one] 1 more line is indented with a tab, not listed
       *[other] { $count } more lines are indented with tabs, not listed one by one
    }
    .hint = in your editor, use Find and Replace (Ctrl+H) to replace every tab with spaces, then run again
yaml-syntax-more-count = { $count ->
        [one] 1 more syntax error was read past, not listed
       *[other] { $count } more syntax errors were read past, not listed one by one
    }
    .hint = fix the errors above and run again to see these
yaml-syntax-rest-unread = vanban stopped reading the file here after { $max } syntax errors; the rest may hold other mistakes
    .hint = fix the errors above and run again: the others will be shown then
curly-quotes-more = { $count ->
        [one] 1 more value is between the typographic quotes “ ” or ‘ ’, not listed
       *[other] { $count } more values are between the typographic quotes “ ” or ‘ ’, not listed one by one
    }
    .hint = in your editor, use Find and Replace (Ctrl+H) to replace “ ” with straight quotes ", then run again
control-character-more = { $count ->
        [one] 1 more control or invisible character, not listed
       *[other] { $count } more control or invisible characters, not listed one by one
    }
    .hint = remove them; they usually come from copying text out of another program
field-errors-more = vanban stopped after { $max } errors in the fields; there may be more not shown yet
    .hint = fix the errors above and run again to see the rest
yaml-syntax-braces =
    .hint = a value that starts with `{ "{{" }` must be quoted: title: "{ "{{" } year { "}}" }"; inside text it needs no quotes

## Reading the file
io-cannot-read = cannot read { $name }: { $error }
io-hint-not-found = check the file name and the folder you run vanban in
io-hint-permission = check the file's permissions
io-hint-folder = give the path of a .yaml file inside the folder
io-hint-yaml = give the path of a YAML file
io-not-regular = { $name } is { $kind }, not a file; vanban reads documents from files
    .hint = give the path of a YAML file
input-too-large = { $name } is { $len } bytes or more; documents are limited to { $max } bytes
    .hint = a document is a few hundred kilobytes at most: is this the right file?
not-yaml-pdf = { $name } is a PDF file, not a YAML document
    .hint = vanban reads the YAML a document is made from; if vanban made this PDF with `--pdf-standard a-3b`, `vanban extract` gives that YAML back; from any other text PDF, `vanban import { $name } -o doc.yaml` makes one
not-yaml-doc = { $name } is an old Word document (.doc), not a YAML document
    .hint = vanban reads documents written as YAML text: save it as .docx in Word, then `vanban import FILE.docx -o doc.yaml` makes its YAML, or start one with `vanban new` (e.g. `vanban new cong-van -o cv.yaml`)
not-yaml-docx = { $name } is a Word document (.docx), not a YAML document
    .hint = vanban reads documents written as YAML text: `vanban import { $name } -o doc.yaml` makes its YAML from a Word .docx, or start one with `vanban new` (e.g. `vanban new cong-van -o cv.yaml`)
not-yaml-zip = { $name } is a compressed file (a Word .docx, a spreadsheet or a .zip), not a YAML document
    .hint = vanban reads documents written as YAML text: `vanban import { $name } -o doc.yaml` makes its YAML from a Word .docx, or start one with `vanban new` (e.g. `vanban new cong-van -o cv.yaml`)
encoding = { $name } is not UTF-8 text (invalid byte at offset { $offset })
    .hint = save the file as UTF-8 (Unicode); TCVN3/VNI encodings are not supported by NĐ30 either
# What a path names when it is not a regular file.
file-kind = { $kind ->
        [fifo] a FIFO (named pipe)
        [device] a device
        [socket] a socket
        [folder] a folder
       *[other] a special file
    }

## The file's shape
not-a-document = expected a document (a mapping of fields such as `type:` and `title:`), found { $found }
missing-type = missing field `type`
    .hint = say which document this is, e.g. `type: ke-hoach` (one of: { $expected })
unknown-type-kind = expected the document type, found { $found }
    .hint = write one of: { $expected }
unknown-type = unknown document type `{ $name }`
load-did-you-mean = did you mean `{ $name }`?
load-expected-one-of = expected one of: { $expected }

## Fields
missing-field = missing field `{ $field }`
    .hint = add `{ $field }:` to `{ $path }`
missing-field-top = missing field `{ $field }`
    .hint = add `{ $field }:` at the top level of the document
unknown-field = unknown field `{ $field }`
unknown-field-vietnamese = vanban's fields have English names: `{ $field }` is written `{ $en }:`
unknown-value = unknown value `{ $value }`
issuer-abbr-empty = `issuer.abbr` is left empty; the ký hiệu after the số is made from it
    .hint = write the issuing body's abbreviation, e.g. `abbr: UBND`

## Text
control-character = text contains the control character U+{ $code }, which cannot be printed
    .hint = remove it; it usually comes from copying text out of another program
invisible-character = text contains the invisible formatting character U+{ $code }, which cannot be printed
    .hint = remove it; it usually comes from copying text out of another program
curly-quotes = this value is between the typographic quotes { $open } { $close }, which YAML does not read as quotes: they would be printed
    .hint = write straight quotes "{ $inner }", or none: { $inner }
placeholder-unfilled = `{ $placeholder }` must be filled in before the document is issued
    .hint = replace the placeholder with the real text
list-item-colon = this list item is read as a field `{ $key }:` because of the `: ` in it
    .hint = put the item in quotes: - "{ $item }"
list-item-dash = this list item starts with `- `, so YAML reads it as a list inside the list
    .hint = put the item in quotes: - "{ $item }"
flow-list-split = the comma inside `[…]` split it into { $count } items: { $items }; if a comma belongs to the text, put that text in quotes: ["{ $joined }"]
# A YAML value's kind, as in "found …".
node-kind = { $kind ->
        [null] null
        [bool] a boolean
        [integer] an integer
        [number] a number
        [text] text
        [list] a list
       *[mapping] a mapping
    }

## attachment: the text a quyết định issues
attachment-nested = { $name } is itself attached to another document and cannot attach `{ $path }`
    .hint = a quyết định attaches the text it issues, which attaches nothing: remove this `attachment:`
attachment-absolute = `{ $path }` is an absolute path
attachment-relative = write `{ $path }`: paths are relative to the YAML file, so the folder can move
attachment-outside = `{ $path }` is outside the document's folder
attachment-inside = put the text it issues in the folder of this file (or below it) and give its path from there
attachment-missing = the attached document { $name } was not found
    .hint = give the path of the YAML file of the text it issues, relative to this file
attachment-folder = { $name } is a folder, not a document
    .hint = give the path of the YAML file of the text it issues inside it
attachment-not-regular = { $name } is { $kind }, not a file
attachment-too-large = the attached document { $name } is { $len } bytes; documents are limited to { $max } bytes
attachment-encoding = the attached document { $name } is not UTF-8 text
attachment-not-yaml = the attached document { $name } is not a YAML document
attachment-give-yaml = give the path of the YAML file of the text it issues
attachment-type = a quyết định can issue a Kế hoạch or a văn bản có tên loại (quy chế, quy định, hướng dẫn …); { $name } is a { $doc }
    .hint = attach the YAML of the text the quyết định issues, or send this document on its own

## Checks over the whole document
undefined-id = no căn cứ or reference has the id `{ $id }`
    .hint = add the document under `bases:` or `references:` with this `id`
basis-form = a căn cứ needs exactly one of `kind` (one document), `group` (several) or `text` (written out)
basis-group = a group of căn cứ is printed as `các { $kind } của { $issuer }`, so every member needs that kind and issuer
    .hint = give this document its own căn cứ entry
copy-articles-none = only a quyết định has Điều to copy; give the copied text under `excerpt:`
copy-articles-range = the quyết định has Điều 1 to { $count }; there is no Điều { $n }

## Input budgets (src/limits.rs)
yaml-too-large-nodes = this YAML holds more than { $max } values once its aliases (`*name`) are expanded; documents are limited to { $max }
yaml-too-large-text = this YAML holds more than { $max } bytes of text once its aliases (`*name`) are expanded; documents are limited to { $max }
yaml-too-large-anchors = the anchors (`&name`) of this YAML hold more than { $max } values to repeat; documents are limited to { $max }
yaml-too-large-aliases = this YAML uses aliases (`*name`) more than { $max } times; documents are limited to { $max }
yaml-too-large-ratio = this YAML uses its { $anchors } anchors (`&name`) { $aliases } times through aliases (`*name`); a document repeats a few parts, not thousands
form-too-many-blocks = this form has { $count } blocks (`field`, `fields`, `text`, `table`…); a form is limited to { $max }, and a real one has a few tens
    .hint = look at this form again: thousands of alike fill-in lines usually come from an import; remove them, or use one `table:` with `blank_rows` for the lines to fill in
yaml-too-large-nodes-plain = this YAML holds more than { $max } values (fields, list items, texts); documents are limited to { $max }
yaml-too-large-text-plain = this YAML holds more than { $max } bytes of text; documents are limited to { $max }
yaml-too-large-plain =
    .hint = a real document has a few thousand values: split it into several documents, or look at the part with thousands of alike lines (often from an import)
yaml-too-large-other = this YAML is built larger than any document (too many events, anchors or merge keys)
yaml-too-large =
    .hint = a document is a few hundred kilobytes at most: split it, or write repeated parts out instead of through aliases
yaml-too-large-documents = this file holds more than one YAML document (`---`)
    .hint = write one document per file
yaml-too-large-depth = this YAML nests lists and mappings more than { $max } levels deep; documents are limited to { $max }
    .hint = a document nests a few levels: look for a `[` or `{ "{" }` that is never closed
yaml-too-large-depth-block = a document nests a few levels: this line is indented deeper than { $max } levels (each indentation under a `content:` or `- ` is one); move its items up a few levels
text-too-long = this text is more than { $max } characters long; one text is limited to { $max }
    .hint = a paragraph is a few hundred words: split the text into several paragraphs (items of the list)
inline-too-many = the document holds more than { $max } pieces of inline markup (`**bold**`, `*italic*`, `^[footnote]`) by this field; documents are limited to { $max }
    .hint = keep bold and italic for what must stand out; write a star that is not markup as `\*`
inline-too-deep = inline markup nests { $depth } levels deep; at most { $max } are allowed
    .hint = nest `**bold**`, `*italic*` and `^[footnotes]` at most { $max } levels; write a star that is not markup as `\*`

## wrong-type: a value of the wrong type or form (src/load/de.rs)
wrong-type = expected { $expected }, found { $found }
    .hint = see the document format in README.md or docs/huong-dan.md
wrong-type-range = { $found } is out of range; expected a whole number from { $min } to { $max }
    .hint = write a number within the range: a số, a year or a count has a few digits
wrong-type-form = the value has none of the forms this field takes
wrong-type-integer =
    .hint = write the number in digits, without quotes (year: 2026)
wrong-type-text =
    .hint = write text; put it in quotes if YAML reads it as something else
wrong-type-list =
    .hint = write a list, one `- item` per line or [a, b]
# What a field takes, as in “expected …”; `other` is the type's own words.
value-expected = { $kind ->
        [integer] a whole number
        [number] a number
        [text] text
        [bool] true or false
        [list] a list
        [mapping] a mapping
        [fields] a mapping of fields
        [enum] one of the values listed in README.md
        [form] a value of another form
       *[other] { $text }
    }
# The value found, as in “found …”.
value-found = { $kind ->
        [text] text "{ $value }"
        [number] the number { $value }
        [bool] the boolean { $value }
        [null] nothing (null)
        [list] a list
        [mapping] a mapping
       *[other] { $value }
    }
wrong-type-one-of = expected one of { $expected }, found { $found }
