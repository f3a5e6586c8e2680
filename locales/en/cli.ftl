# Messages of the command line: --help, usage errors, what each command
# prints (see src/cmd/, src/i18n.rs).

## --help: clap's own words
cli-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-command = COMMAND
cli-possible-values = values: { $values }
cli-default = default: { $value }
cli-env = environment: { $name }

## --help: every command (cli-NAME) and argument (cli-NAME-ARG; one shared
## by several commands as cli-arg-ARG)
cli = Vietnamese administrative documents (văn bản hành chính) from YAML, laid out as Nghị định 30/2020/NĐ-CP prescribes
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-lang = Language of messages: vi (the default) or en; without it, an English locale (LANG=en_US.UTF-8) chooses English
cli-arg-allowed = Acknowledge a consistency rule for this run (repeatable): its findings become notes. `vanban check --rules` says which rules may be allowed; a document says it once with `allow:`
cli-arg-font-paths = A folder with more fonts (e.g. Times New Roman); may be repeated
cli-arg-system-fonts = Also use the operating system's fonts (to find Times New Roman)
cli-arg-force = Replace an existing file
cli-arg-register = The office's register (default: $VANBAN_REGISTER, else vanban-register.sqlite in the current folder)
cli-help = Print this message or the help of the given command(s)
cli-help-subcommand = Print help for the command(s)

cli-render = Render documents to PDF (or a Word DOCX, Typst source, PNG or SVG pages)
cli-render-inputs = The YAML documents to render: files, folders (their .yaml files) or glob patterns ("data/*.yaml"). Several are rendered in parallel
cli-render-jobs = How many documents to render at once (default: one per core)
cli-render-out-dir = Write the PDFs of several documents into this folder
cli-render-format = The format of the files --out-dir writes (as typst's --format): pdf (the default) or docx. With -o, the extension says it
cli-render-output = The output file; its extension picks the format: .pdf, .typ (the generated Typst source), .png or .svg (one file per page: put `{"{"}p{"}"}` in the name), .docx (Word). Default: the input with .pdf
cli-render-ppi = Resolution of PNG pages, in pixels per inch (1 to 2400)
cli-render-force = Allow overwriting a file that vanban did not write (the layout library beside a .typ output)
cli-render-draft = Leave số and the day and month blank, whatever the YAML says, for the văn thư or the signing tool to fill in
cli-render-watermark = A review copy: `DỰ THẢO` across every page, số and ngày blank, no signature or seal images. Never for the final document
cli-render-sign-fields = Also write NAME.fields.json beside NAME.pdf: the page and rectangle of the số, the date, the signature and the seal, for signing tools
cli-render-pdf-standard = Archival PDF: a-2b (PDF/A-2b) or a-3b (PDF/A-3b, with the YAML attached)
cli-render-form-fields = Add unsigned signature form fields where the signature and the seal go, for PDF readers and signing tools to offer "sign here"
cli-render-attach-source = Attach the YAML to the PDF (`vanban extract` gets it back)
cli-render-copy = Print a certified copy, with the copy block after the text; the document's `copy:` says who certifies it
cli-render-electronic = With --copy: an electronic copy, stamped at the top right of page 1 (ô 14) instead of the paper copy block
cli-render-appendices-apart = Issue each phụ lục as a PDF of its own (NAME-phu-luc-I.pdf …) beside the main PDF, which then holds none: the separate electronic files of NĐ30 §4, their `(Kèm theo … số … ngày …)` left for the signing tool
cli-render-form = Print only form (mẫu) N, as a blank form to hand out: the form's page as in the full document, without its header, signer or page number (default output NAME-mau-01.pdf …)

cli-check = Validate documents and run the NĐ30 and consistency rules
cli-check-inputs = The YAML documents to check
cli-check-format = Output format
cli-check-rules = List the lint rules instead

cli-diff = What changed between two versions of a document
cli-diff-old = The earlier version (e.g. last year's plan): its file, or its số and ký hiệu as the register recorded it (`01/KH-UBND`)
cli-diff-new = The later version
cli-diff-year = The year OLD, given as số/ký hiệu, was issued in (default: the year before NEW's, then NEW's)
cli-diff-format = Output format
cli-diff-register = The office's register (default: $VANBAN_REGISTER, else vanban-register.sqlite in the current folder); read only, and only if it exists

cli-extract = Get the YAML source back out of a PDF rendered with it attached
cli-extract-input = A PDF rendered with --attach-source or --pdf-standard a-3b
cli-extract-output = Where to write the YAML. Default: its own name, beside the PDF

cli-import = Turn last year's document (Word .docx, PDF or text) into vanban YAML
cli-import-doc-type = The document type when the text does not say it (ke-hoach, bao-cao … or its Vietnamese name)
cli-import-input = The document: `.docx`, `.pdf` (with a text layer) or `.txt` (`-` for standard input)
cli-import-output = Where to write the YAML; beside the input with `.yaml` if absent (standard output for `-`)

cli-fonts = List the fonts vanban can use and the one documents are set in
cli-fonts-all = List every font found, not only the Times New Roman candidates and the embedded family

cli-rollover = Write next year's draft of a document
cli-rollover-input = This year's document
cli-rollover-year = The new year; default: the year after the document's
cli-rollover-output = The draft to write; default: the input's name with the year changed
cli-rollover-cite-previous = Add this year's document to next year's căn cứ (its số and ngày from the register when the YAML has none)
cli-rollover-register = The office's register, where --cite-previous looks this year's document up (default: $VANBAN_REGISTER, else vanban-register.sqlite in the current folder)
cli-rollover-stale-years = Report căn cứ older than this many years

cli-issue = Issue a document: its số and ngày from the register, the PDF, the record
cli-issue-input = The document to issue: its `number` is blank (null)
cli-issue-output = The PDF to write; default: the input with .pdf
cli-issue-date = Ngày ban hành (default: the document's `date`, else today); its year picks the series
cli-issue-copies = Số lượng bản (default: one per nơi nhận entry and per `Lưu:` entry)
cli-issue-note = Ghi chú for the register (one line, at most 500 characters, no control or invisible character)
cli-issue-pdf-standard = Also write the archival PDF, NAME.pdfa.pdf: a-2b, or a-3b (with the YAML attached)
cli-issue-renumber = Give a document that already has a number a new one (the old entry stays in the register)
cli-issue-secret = A secret document (văn bản mật): numbered in the body's secret series, as is any document whose YAML has `secrecy:`
cli-issue-series = A series of its own within the body, e.g. for an advisory council that uses the body's seal (at most 100 characters)
cli-issue-force = Issue although the date looks wrong: after today, more than a year from the document's `year:`, or before the first year the register holds for the body (a number once given is never taken back)

cli-register = The register of outgoing documents: list, show, export, verify
cli-register-year = Only this year's numbers
cli-register-doc-type = Only this document type (its `type:` key, e.g. ke-hoach)
cli-register-list = Every number taken, by year, body and series, with what became of it
cli-register-show = Everything recorded about số N
cli-register-show-number = The số
cli-register-export = Write the register as a CSV file or a spreadsheet (.xlsx), in the columns of the sổ đăng ký văn bản đi
cli-register-export-csv = The CSV file to write
cli-register-export-xlsx = The spreadsheet to write
cli-register-export-force = Replace an existing file (never the register itself, nor a YAML or PDF it records)
cli-register-verify = Check that each issued PDF still hashes to what was recorded

cli-watch = Render a document on every save, keeping the last good PDF
cli-watch-input = The YAML document to watch
cli-watch-output = The PDF to keep up to date; default: the input with .pdf

cli-schema = Print the JSON Schema of the document format (for editors)
cli-schema-output = Write the schema to this file instead of standard output
cli-schema-force = Replace FILE.json if it exists and is not a schema vanban wrote

cli-new = Write a skeleton of a new document, with placeholders to fill
cli-new-doc-type = The document type (`type:` of the YAML): ke-hoach, quyet-dinh, bao-cao, cong-van, … or its Vietnamese name ("thông báo"); an unknown one lists them all
cli-new-output = Where to write the skeleton; standard output if absent
cli-new-from = Draft a báo cáo from this Kế hoạch: one section per dự án and nhiệm vụ

## Usage mistakes (clap's errors, exit code 2)
cli-error-unknown-argument = `{ $arg }` is not an option of this command
cli-error-unknown-command = there is no command `{ $command }`
cli-error-invalid-value = `{ $value }` is not a value `{ $arg }` takes; it takes one of: { $valid }
cli-error-missing-value = `{ $arg }` needs a value after it
cli-error-value-validation = `{ $value }` cannot be given to `{ $arg }`: { $reason }
cli-reason-empty = no number was given
cli-reason-not-a-number = it is not a whole number (write digits 0–9 only)
cli-reason-too-large = the number is too large
cli-reason-too-small = the number is too small
cli-reason-range = the number must be within { $range }
cli-error-missing-argument = `{ $arg }` is required and was not given
cli-error-conflict = `{ $arg }` cannot be used together with `{ $other }`
cli-error-missing-command = say which command to run
cli-error-suggestion = did you mean `{ $suggestion }`?
cli-error-more = For more information: `{ $command } --help`

## Shared by several commands
cli-wrote = wrote { $path }
cli-wrote-next = wrote { $path }: { $next }
cli-cannot-write = cannot write { $path }: { $reason }
cli-cannot-write-stdout = cannot write to standard output: { $reason }
cli-source-date-epoch = SOURCE_DATE_EPOCH={ $value } is not a number of seconds; using the document's date
cli-output-is-input = the output { $path } is the input; vanban never overwrites its input
cli-foreign-file = { $path } exists and was not written by vanban; use --force to replace it
cli-file-exists = { $path } exists; use --force to replace it

## vanban render
render-output-one-file = -o/--output names one file; use --out-dir for several documents
render-appendices-apart-one = --appendices-apart renders one document at a time
render-form-one = --form prints a form of one document at a time
render-cannot-read-folder = cannot read the folder { $folder }: { $reason }
render-folder-no-yaml = the folder { $folder } holds no .yaml files
render-bad-pattern = bad pattern { $pattern }: { $reason }
render-no-match = no file matches { $pattern }
render-no-out-dir = the output folder { $folder } does not exist
render-output-clash = two documents would both write { $path }
render-batch-overwrites-input = the PDF of { $document } would overwrite the input { $input }; vanban never overwrites its input
    .hint = write the PDFs elsewhere with --out-dir, or rename the input
render-batch-summary = rendered { $done } of { $total } documents in { $seconds } s{ $failed ->
        [0] {""}
       *[other] ; { $failed } failed:
    }
render-docx-summary = wrote { $done } of { $total } DOCX files{ $failed ->
        [0] {""}
       *[other] ; { $failed } failed:
    }
render-unknown-format = cannot tell the format of { $path }: use .pdf, .typ, .png, .svg or .docx
render-output-is-library = the output { $path } would replace the layout library that vanban writes beside every .typ
    .hint = give the .typ another name, e.g. the YAML's name with .typ
render-appendices-apart-pdf = --appendices-apart writes PDF files; name the output *.pdf
render-no-appendices = { $path } has no phụ lục to issue apart
render-form-docx = --form writes one blank form as PDF, PNG, SVG or Typst; a DOCX holds the forms with the whole document
    .hint = name the output *.pdf for the form alone, or leave --form out for the DOCX
render-sign-fields-pdf = --sign-fields describes a PDF; write a .pdf
render-page-pattern = the document has { $pages } pages; put {"{"}p{"}"} in the output name (e.g. page-{"{"}p{"}"}.png)
render-overwrites-input = { $path } would overwrite { $input } ({ $what ->
        [document] the document
       *[read] a file the document reads
    }); vanban never overwrites its input
    .hint = name the output otherwise with -o, or rename the input
render-outputs-same-name = two of the output files are both named { $path }
    .hint = name the output otherwise with -o
render-cannot-commit = cannot write the output files: { $reason }
render-docx-refuses = { $flag } makes a PDF; a DOCX has no such form
    .hint = name the output *.pdf, or leave { $flag } out for the DOCX
render-ppi-range = the resolution must be a number from { $min } to { $max } pixels per inch

## vanban check
check-summary = { $file }: { $errors } error(s), { $warnings } warning(s){ $notes ->
        [0] {""}
       *[other] , { $notes } allowed (note)
    }

## vanban new
new-unknown-type = unknown document type `{ $name }`; expected one of: { $types }
new-from-not-plan = { $path } is a { $kind }, not a Kế hoạch
    .hint = --from takes the YAML file of a Kế hoạch (`type: ke-hoach`), the plan this báo cáo reports on; or leave --from out for a blank skeleton
new-from-only-bao-cao = --from makes a bao-cao from a Kế hoạch
new-next = fill in every <<…>>, then `vanban render { $path }`
new-schema-comment =
    For completion in your editor: `vanban schema -o vanban.schema.json`, then
    make the next line the first one:

## vanban rollover
rollover-no-year-in-name = the file name has no { $year } to change; name the draft with -o
rollover-replaces-source = the draft would replace its source; vanban never overwrites its input
rollover-wrote = wrote { $path } for { $year }: { $count } thing(s) to review; số and ngày are blank for the văn thư
rollover-to-issue = to issue it: `vanban issue { $path }` fills both, or write them by hand: `number:` on line { $number_line }, `date:` on line { $date_line }
rollover-several-registered = the register has { $count } issued documents with this ký hiệu and trích yếu ({ $numbers }), none from { $path }; số and ngày are left to fill

## vanban watch
watch-pdf-only = watch writes a PDF; name the output *.pdf
watch-not-a-file = { $path } is not a file
watch-cannot-watch = cannot watch { $path }: { $reason }
watch-watching = watching { $path } (Ctrl-C to stop)
watch-rendered = rendered { $path } ({ $pages } pages) in { $ms } ms
watch-failed = { $input } has errors; kept the last good { $output }

## vanban diff
diff-summary = { $count } change(s) from { $old } to { $new }
diff-no-register = { $so } is not a file, and there is no register at { $register } to look it up in
    .hint = name the register with --register or VANBAN_REGISTER, or give the file
diff-not-in-register = the register { $register } has no issued { $so } in { $years }
    .hint = `vanban register list` shows the numbers; --year picks the year
diff-no-yaml = the register recorded no YAML for { $so } ({ $year })
diff-found = { $so } ({ $year }) is { $path } in the register
diff-several-registered = the register has { $count } issued documents like { $path } ({ $numbers }); its số and ngày are left blank
diff-number-from-register = { $path } has no số; the register gave it { $so }, ngày { $date }
diff-placeholders = { $path } still has { $count } placeholder(s) (`<<…>>`); a field that is only a placeholder is compared as empty

## vanban fonts
fonts-family = Documents are set in: { $family }
fonts-coverage = { $missing ->
        [0] Vietnamese: complete
       *[other] Vietnamese: { $missing } of 134 letters missing
    }
fonts-others = ({ $count } other fonts; --all lists them)

## vanban schema
schema-foreign = { $path } exists and is not vanban's schema; use --force to replace it

## Rollover's review list (src/rollover.rs)
rollover-year-range =
    .hint = roll over to the next year: --year { $next }
rollover-year-not-after = the draft's year { $year } is not after the document's year { $old }
    .hint = roll over to a later year, e.g. --year { $next }
rollover-draft-unparsable = the draft does not parse: { $reason }
rollover-year-written = `{ $old }` is written out here and stays { $old } in the { $year } draft
    .hint = write {"{{"} year {"}}"} (or {"{{"} year - 1 {"}}"}) where it means the plan's year
rollover-stale-base = { $base } dates from { $from }, more than { $years } years before { $year }
    .hint = check that it is still in force and still the right căn cứ
rollover-base-of-the-year = { $kind } { $number } of { $old } is about { $old }: a căn cứ of the year being left rarely holds for { $year }
    .hint = cite the { $year } document that replaces it, or remove this căn cứ
rollover-amount-copied = the amount ({ $amount } đồng) is copied from { $old }
    .hint = enter the { $year } allocation
rollover-cite-impossible = this year's document could not be added to the căn cứ: { $reason }
    .hint = add it by hand under `bases:`
rollover-cite-no-bases = there is no `bases:` list
rollover-cite-bases-not-list = `bases:` is not a list
rollover-cite-bases-empty = `bases:` is empty
rollover-cite-bases-flow = `bases:` is written as a flow list [...]

## vanban issue
issue-already-numbered = { $path } already has số { $so }; issuing it again would give one document two numbers
    .hint = an issued document keeps its number; to give it a new one (it replaces the old), add --renumber
issue-pdf-is-input = the PDF { $path } is the input; vanban never overwrites its input with a PDF
issue-not-issued = { $path } was not issued; no number was taken
issue-edit = vanban cannot write số and ngày into this file: it has no `number:` and `date:` fields in block style
    .hint = add `number: null` and `date: null` as lines of their own, as `vanban new` writes them
issue-register-created = there was no register at { $path } (or an empty file); vanban created it, and its series start at 01
issue-already-registered = the register already has this document: số { $so }, ngày { $date }, issued from { $source }; issuing it again would give one document two numbers
    .hint = write that số and ngày into the YAML; if this is another document with the same trích yếu, add --renumber
issue-source-unknown = a file not recorded
issue-date-order = { $so } is dated { $date }, before { $later } dated { $later_date }: numbers follow the order of issue (NĐ30 Điều 15); check --date
issue-cancelled = { $so } was not issued; the number is marked cancelled in { $register }: { $reason }
issue-reason-load = the numbered YAML does not load
issue-reason-render = the render failed
issue-reason-archival = the archival render failed
issue-reason-changed = { $path } changed while it was being issued
issue-first-error = { $what }: { $message }{ $more ->
        [0] {""}
       *[other] {" "}(and { $more } more)
    }
issue-issued = issued { $path } số { $so }, ngày { $date }; { $path } updated; recorded in { $register }
issue-bad-date = `{ $value }` is not a date written YYYY-MM-DD
issue-empty-series = name the series, e.g. --series "Hội đồng thi đua"
issue-date-out-of-range = the date of issue { $date } cannot be used: the year must be from { $min } to { $max }; no number was taken
    .hint = check --date (written YYYY-MM-DD) or the document's `date:`
issue-date-future = the date of issue { $date } is after today ({ $today }); a number is given to a signed document, and a number given is never taken back; no number was taken
    .hint = check --date or `date:`; if the number must be given with this date, add --force
issue-date-far-from-year = the date of issue { $date } is { $distance } years from the document's year { $year }; the number would be in the series of { $dated }, and a number given is never taken back; no number was taken
    .hint = check --date, `date:` and `year:`; if they are right, add --force
issue-date-before-register = the date of issue { $date } is in { $dated }, before the first year the register holds for { $body } ({ $first }); the number would open a series for a year that is over, and a number given is never taken back; no number was taken
    .hint = check --date or `date:`; if the number is meant for { $dated }, add --force
issue-option-refused = { $option }: { $problem }
issue-option-line-break = text contains the line break U+{ $code }; a note or a series name in the register is one line
    .hint = write it on one line: put a semicolon (;) or a space where the line breaks
issue-option-too-long = { $option } is { $count } characters long; the register takes at most { $max }
    .hint = shorten it: a note or a series name in the register needs only a few words

## --help: value names in the usage line (<FILE>, [OPTIONS]); one word,
## joined with underscores
cli-value-options = OPTIONS
cli-value-file = FILE
cli-value-dir = DIR
cli-value-n = N
cli-value-out = OUT
cli-value-pdf = PDF
cli-value-year = YEAR
cli-value-type = TYPE
cli-value-name = NAME
cli-value-text = TEXT
cli-value-rule = RULE
cli-value-level = LEVEL
cli-value-format = FORMAT
cli-value-form = FORM
cli-value-lang = LANG
cli-value-old = OLD
cli-value-new = NEW
cli-value-plan = PLAN

## diff and vanban new --from (src/diff.rs, src/derive.rs)
diff-too-long = too long to compare word by word: { $words } words, more than { $max }
derive-comment-head = Báo cáo on the Kế hoạch in { $plan }: one section per dự án and nhiệm vụ.
derive-comment-fill = Fill every <<…>>; vanban refuses to render until all are filled.
