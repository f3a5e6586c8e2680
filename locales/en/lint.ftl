# Messages of the lint stage (see src/i18n.rs): the NĐ30 and consistency
# rules of src/lint/. Rule ids (year-range, bases-order) stay as they are.
# Each rule has `<id>-summary` (what it checks, for `vanban check --rules`)
# with `.rule`, the clause it enforces; its findings are `<id>` or
# `<id>-<case>`, with their `.hint`.

## vanban check --rules
rules-allow-yes = allow
rules-allow-no = -

## Rules: what each checks and the clause it enforces
year-range-summary = the document's `year` lies from 1945 to 2100
    .rule = consistency: a year the document can be issued in
date-year-summary = the document's date lies in its `year` or next to it, and not before 1945
    .rule = consistency: the date and the year of one document
number-range-summary = a số starts at 1 (`number: 0` is no số)
    .rule = NĐ30 Phụ lục I, mục II.3 (số văn bản, in Arabic numerals)
number-as-issued-summary = a số written with more leading zeros than NĐ30's (`0204`) is printed as issued
    .rule = NĐ30 Phụ lục I, mục II.3 (số in Arabic numerals, below 10 with a leading 0)
empty-value-summary = no empty body abbreviation, drafting unit, signer name (the liên tịch one too), công điện sender, place, name line, title or recipient
    .rule = NĐ30 Phụ lục I, mục II.3 and II.7 (ký hiệu, họ tên người ký)
unit-unused-summary = `unit` only on a công văn, whose ký hiệu has the drafting unit
    .rule = NĐ30 Phụ lục I, mục II.3 (ký hiệu công văn)
placeholder-summary = no must-fill placeholder (`<<TÊN CƠ QUAN>>`) is left in the document
    .rule = NĐ30 Điều 8 (every component of the thể thức filled in)
citation-inconsistent-summary = one document cited with different ký hiệu or dates
    .rule = NĐ30 Phụ lục I, mục II.6
citation-without-so-summary = a citation without `số` before its number
    .rule = NĐ30 Phụ lục I, mục II.6
ky-hieu-type-summary = a cited ký hiệu whose type abbreviation does not match the kind
    .rule = NĐ30 Phụ lục III, mục I
bases-order-summary = căn cứ not ordered by legal rank, then by date
    .rule = convention: căn cứ from the highest legal force down, older first
cites-later-document-summary = a cited document dated after the document itself
    .rule = NĐ30 Phụ lục I, mục II.4
date-in-future-summary = the document's date, or a cited date, lies in the future
    .rule = NĐ30 Phụ lục I, mục II.4
replaced-basis-summary = a căn cứ marked as replaced
    .rule = convention: cite documents in force
weekday-mismatch-summary = a day of the week written next to a date is that date's (`thứ Tư, ngày 22 tháng 4 năm 2026`)
    .rule = consistency
title-year-summary = a year in the trích yếu of a Kế hoạch, Báo cáo or Chương trình different from `year`
    .rule = consistency
plan-parts-summary = a Kế hoạch's `parts` names each standard part once, and every part that has content
    .rule = consistency: nothing written is left unprinted
signer-academic-title-summary = no học hàm or học vị (TS., ThS., GS. …) before the signer's name
    .rule = NĐ30 Phụ lục I, mục II.7.b (ô 7b)
appendix-not-referenced-summary = every phụ lục is referred to in the text (`Phụ lục I`, `Phụ lục II`)
    .rule = NĐ30 Phụ lục I, mục II (phụ lục)
table-sum-summary = a table's figures given for sums, parent rows, totals and ratios are what they add up to
    .rule = consistency: a copied original's figures as printed, acknowledged where it is wrong
person-title-summary = a giấy giới thiệu's `person` is the name alone: the form prints `Ông (bà)` before it
    .rule = NĐ30 Phụ lục III, Mẫu 1.8 (Giấy giới thiệu)
time-order-summary = a biên bản closes after it opened; a giấy nghỉ phép's leave ends on or after its first day
    .rule = NĐ30 Phụ lục III, Mẫu 1.9 (Biên bản), Mẫu 1.10 (Giấy nghỉ phép)
collective-signer-summary = a nghị quyết is signed `TM.` of the collective that adopted it
    .rule = NĐ30 Phụ lục I, mục II.7.a; Phụ lục III, Mẫu 1.1 (Nghị quyết)
joint-layout-summary = a biên bản is not liên tịch: its two signers are the thư ký and the chủ tọa
    .rule = NĐ30 Phụ lục III, Mẫu 1.9 (Biên bản)
leave-dates-summary = a giấy nghỉ phép's duration in calendar days is its span; the request precedes the leave, the giấy its end
    .rule = NĐ30 Phụ lục III, Mẫu 1.10 (Giấy nghỉ phép)
dien-sender-summary = a công điện's `sender` is who sends it, without the `điện:` vanban prints after it
    .rule = NĐ30 Phụ lục III, Mẫu 1.6 (Công điện)
empty-list-summary = a công điện has addressees (`to`), a biên bản attendees
    .rule = NĐ30 Phụ lục III, Mẫu 1.6 (Công điện), Mẫu 1.9 (Biên bản)
joint-abbr-summary = the second body of a liên tịch document has an abbreviation of its own
    .rule = NĐ30 Phụ lục I, mục II.3 (ký hiệu văn bản liên tịch)
figure-dot-summary = no table figure written `2.000` without quotes: YAML reads the dot as a decimal point
    .rule = consistency: a figure is what the drafter means (Vietnamese groups thousands with `.`)
legal-normative-summary = a quyết định citing the Luật Ban hành văn bản quy phạm pháp luật says `legal_normative: true`, and one that says so cites it and is the Ủy ban nhân dân's act
    .rule = Luật Ban hành văn bản quy phạm pháp luật; NĐ78/2025 (số with the year, enactment sentence)
citation-year-summary = a cited Luật, Nghị định, Thông tư … has the year in its số (`30/2020/NĐ-CP`); a cited công văn, kế hoạch, báo cáo … has none
    .rule = Luật Ban hành văn bản quy phạm pháp luật (số/năm/ký hiệu); NĐ30 Phụ lục I, mục II.3 (no year)
cross-reference-summary = a reference to the text's own Điều, khoản or điểm (`khoản 2 Điều 3 Quy chế này`) names one it has
    .rule = consistency: Điều numbered through the whole text (Luật Ban hành VBQPPL, kỹ thuật trình bày)
article-colon-summary = a Điều label typed with a colon (`Điều 1:`) is printed as written; NĐ30 writes `Điều 1.`
    .rule = NĐ30 Phụ lục III, Mẫu 1.2–1.3 (`Điều 1.`)
numbering-depth-summary = a text written in Điều nests no deeper than khoản `1.` and điểm `a)` below its Điều
    .rule = NĐ30 Phụ lục I, mục II.6 (Điều, khoản 1., điểm a))
form-shape-summary = a form has content; its signature grid has 2 to 4 signers, a fill-in line 1 to 4 fields, a checkbox list an item, a table columns it can draw and rows to fill in, at most { $max_blank_rows } empty
    .rule = layout: forms (mẫu) attached to a decision or plan
ky-hieu-part-summary = `issuer.abbr` and `unit` are abbreviations in capitals (`VP`, not `Văn phòng`)
    .rule = NĐ30 Phụ lục I, mục II.3 (ký hiệu: chữ viết tắt)
recipients-written-by-vanban-summary = no `Như trên` or `Lưu: …` typed into `recipients`: vanban writes them
    .rule = NĐ30 Phụ lục I, mục II.9.b
archive-without-vt-summary = nơi nhận ends with `Lưu: VT, …`
    .rule = NĐ30 Phụ lục I, mục II.9.b

## allow: and --allow
allowed-by-document = allowed by the document: { $reason }
allowed-on-command-line = allowed on the command line (--allow { $id })
allow-reason = `allow: { $id }` needs a reason
    .hint = say why the document keeps it, e.g. `{ $id }: "typed this way in the original, kept for the copy"`
allow-unknown = `{ $id }` is not a rule of vanban
    .hint = rules that may be allowed: { $allowable }
allow-unknown-suggest =
    .hint = did you mean `{ $suggestion }`? Rules that may be allowed: { $allowable }
allow-refused = the rule `{ $id }` cannot be allowed: it protects the reader of the document
    .hint = correct the document instead; only rules about the document's own consistency may be allowed (`vanban check --rules` lists them)

## Findings
year-range = the year { $year } is out of range; a document's year is from { $min } to { $max }
    .hint = write the year the document is for in four digits, e.g. `year: 2026`
date-year-before = the date is in { $dated }, before { $min }; no document of the state is dated then
    .hint = check `date:` and `year:`; a document is dated in its year or the year next to it
date-year-far = the date is in { $dated }, { $distance } years from the document's year { $year }
    .hint = check `date:` and `year:`; a document is dated in its year or the year next to it
number-range = the số 0 is not a number a document is issued under; số start at 1
    .hint = write the số from the register (`number: 15`), or `number: null` to leave it for the văn thư
number-as-issued = số `{ $printed }` is printed as issued; NĐ30 writes it `{ $nd30 }`
    .hint = keep it for a document issued with this number; for a new document write `number: { $number }`
empty-value = `{ $path }` is empty
    .hint-issuer-abbr = write the issuing body's abbreviation in the ký hiệu, e.g. `abbr: UBND`
    .hint-unit = write the drafting unit's abbreviation, e.g. `unit: VHXH`, or remove `unit:`
    .hint-signer-name = write the signer's full name, e.g. `name: Nguyễn Văn An`
    .hint-sender = write who sends the công điện, e.g. `sender: Chủ tịch Ủy ban nhân dân xã Ngọc Liên`
    .hint-joint-issuer-abbr = write the second body's abbreviation in the ký hiệu, e.g. `abbr: MTTQ`
    .hint-joint-signer-name = write the second signer's full name, e.g. `name: Nguyễn Văn An`
    .hint-place = write the place of the date line, e.g. `place: Ngọc Liên`
    .hint-name-line = write each line of the body's name, or remove the empty line
    .hint-title = write the title, or remove the empty entry
    .hint-recipient = write the recipient, or remove the empty line
unit-unused = a { $ten_loai } has no drafting unit in its ký hiệu (`{ $ky_hieu }`); only a công văn's has one (`UBND-VHXH`)
    .hint = remove `unit:`
ky-hieu-part = `{ $value }` cannot be part of a ký hiệu, which is written in capitals without spaces
    .hint = write its abbreviation, e.g. `{ $key }: { $initials }`
person-title = `{ $person }` prints as `Ông (bà) { $person }`: the form already says `Ông (bà)`
    .hint = write the name alone: `person: { $name }`
time-order-leave = the leave ends on { $until }, before its first day { $from }
    .hint = check `from` and `until`: the leave runs from its first day to its last, both included
time-order-meeting = the meeting closes at { $closed_time } on { $closed_date }, before it opened at { $opened_time } on { $opened_date }
    .hint = check `opened` and `closed`; a meeting that ended the next day says so: `closed: {"{"}time: "01:30", date: …{"}"}`
leave-dates-duration = `{ $duration }` disagrees with the leave from { $from } to { $until }: { $days } calendar days
    .hint = write `duration: { $written } ngày`, `… ngày làm việc` when working days are meant, or check `from` and `until`
leave-dates-request = the request is dated { $request }, after the leave begins on { $from }
    .hint = check `request_date`: the đơn đề nghị comes before the leave
leave-dates-issued = the giấy is dated { $date }, after the leave ended on { $until }
    .hint = check `date` and `until`: the giấy is issued before the leave ends
joint-layout = a biên bản cannot be liên tịch: the thư ký and the chủ tọa sign it
    .hint = remove `joint:`; the bodies present are named in `attendees`
collective-signer = the nghị quyết is signed without `TM.`: a collective's resolution is signed on its behalf, `TM. { $body_upper }`
    .hint = write `authority: [TM. { $body }]` above the signer's title
dien-sender = `{ $sender }` ends with `điện`: vanban writes "điện:" after the sender itself
    .hint = write the sender alone: `sender: { $stem }`
empty-list-to = a công điện has no addressee: `to` is empty
    .hint = list who the order goes to, one per line: `to: [Công an xã, Trạm Y tế xã]`
empty-list-attendees = a biên bản has no one present: `attendees` is empty
    .hint = list who attended, one per line: `attendees: [Ông Nguyễn Văn An, Chủ tịch UBND xã]`
joint-abbr = `joint.issuer.abbr` is `{ $abbr }`, the issuer's own: the ký hiệu would read `{ $ky_hieu }`
    .hint = write the second body's abbreviation, e.g. `abbr: MTTQ`
recipients-written-by-vanban-archive = `{ $line }` is written by vanban from `archive:`; typed here, it is left out
    .hint = remove this line; write `archive: [{ $archive }]`
recipients-written-by-vanban-lead = `{ $lead }` opens nơi nhận by itself for this document; typed here, it is printed once
    .hint = remove this line
table-sum =
    .hint = correct the figure, leave it blank for vanban to fill in, or, for a copy that keeps the original's figures, acknowledge it: `allow: {"{"}table-sum: "as printed in the original"{"}"}`
weekday-mismatch = { $date } is { $weekday }, not { $stated }
    .hint = write `{ $weekday }`
title-year = the trích yếu says năm { $stated }, but the document's `year` is { $year }
    .hint = write `năm {"{{"} year {"}}"}` so the title follows `year`
plan-parts-twice = `parts` names `{ $part }` twice (also at `parts[{ $first }]`)
    .hint = name each part once, where it is printed
plan-parts-missing = `{ $field }` has content, but `parts` does not name `{ $part }`, so it would not be printed
    .hint = add `{ $part }` to `parts` where it is to be printed, or remove `{ $field }`
signer-academic-title = the signer's name starts with the title `{ $prefix }`
    .hint = write only the name: NĐ30 puts no học hàm, học vị or danh hiệu before it
appendix-not-referenced = the text never refers to { $label }
    .hint = mention it where it belongs, e.g. `(chi tiết tại { $label } kèm theo)`
archive-without-vt = the `Lưu:` line of nơi nhận does not name the văn thư (`VT`)
    .hint = write `archive: [VT, <drafting unit>]`
figure-dot = `{ $raw }` is read as { $read } (the dot is a decimal point in YAML)
    .hint = write `{ $thousands }` or `"{ $raw }"` (quoted) for { $thousands }; `{ $decimal }` if you mean the decimal
citation-inconsistent-ky-hieu = { $kind } số { $number } is cited here as `{ $here }` but as `{ $there }` in `{ $path }`
    .hint = cite the document once under `bases:`/`references:` with an id and use {"{{"} cite("id") {"}}"}
citation-inconsistent-date = { $kind } số { $number } is dated { $here } here but { $there } in `{ $path }`
    .hint = cite the document once under `bases:`/`references:` with an id and use {"{{"} cite("id") {"}}"}
citation-without-so = `{ $kind } { $number }` is cited without `số`
    .hint = write `{ $kind } số { $number }`
ky-hieu-type = the ký hiệu `{ $number }` is that of a { $type_name }, but the document is cited as a { $kind }
bases-order-rank = this căn cứ has a higher legal force than the one before it (bases[{ $before }])
    .hint = order căn cứ by legal force (Luật, Nghị định, Quyết định của Thủ tướng, … UBND), then by date
bases-order-date = this căn cứ is older than the one before it (bases[{ $before }])
    .hint = order căn cứ by legal force (Luật, Nghị định, Quyết định của Thủ tướng, … UBND), then by date
cites-later-document = { $kind } số { $number } is dated { $date }, after this document ({ $own })
date-in-future = the document is dated { $date }, after today
date-in-future-cited = { $kind } số { $number } is dated { $date }, after today
replaced-basis = { $kind } { $number } has been replaced by { $by }
    .hint = cite the document in force instead
citation-year-missing = { $kind } số { $number } is a văn bản quy phạm pháp luật: its số carries the year it was issued in ({ $bare }/<năm>/{ $ky_hieu })
    .hint = copy the số and ký hiệu exactly as the cited document prints them
citation-year-extra = { $kind } số { $number } is an administrative document: its số has no year (`{ $bare }/{ $ky_hieu }`), the year { $year } is in its date
    .hint = copy the số and ký hiệu exactly as the cited document prints them
legal-normative-unmarked = the quyết định cites the Luật Ban hành văn bản quy phạm pháp luật, but is not marked as a văn bản quy phạm pháp luật
    .hint = add `legal_normative: true`: its số then carries the year (`Số: 25/2026/QĐ-UBND`) and it opens with the enactment sentence
legal-normative-uncited = a văn bản quy phạm pháp luật is issued under the Luật Ban hành văn bản quy phạm pháp luật, which its căn cứ do not cite
    .hint = add the căn cứ `{"{"}kind: Luật, subject: Ban hành văn bản quy phạm pháp luật, date: 2025-02-19{"}"}`, or remove `legal_normative:` for an administrative quyết định (no year in its số)
legal-normative-chairman = a quyết định quy phạm pháp luật is the act of the Ủy ban nhân dân, not of its Chủ tịch (`{ $authority }`)
    .hint = write the body, e.g. `authority: Ủy ban nhân dân tỉnh Bình Lâm`, and sign `TM. Ủy ban nhân dân`
cross-reference-no-article = `{ $reference }` is cited, but the { $ten_loai } has no Điều { $article }: { $count ->
        [0] it has no Điều
        [1] it has only Điều { $first }
       *[other] it has Điều { $first } to Điều { $last }
    }
    .hint = correct the number, or write the reference as the text is numbered when printed (Điều are counted through the whole text, khoản and điểm within their Điều)
cross-reference-no-clause = `{ $reference }` is cited, but Điều { $article } has { $count ->
        [0] no khoản
       *[other] { $count } khoản
    }
cross-reference-no-point = `{ $reference }` is cited, but khoản { $clause } of Điều { $article } has { $count ->
        [0] no điểm
       *[other] { $count } điểm (a to { $last })
    }
article-colon = `{ $label }` is printed as written; NĐ30 writes `{ $fixed }`
    .hint = write `{ $fixed }`, or leave the label out: vanban numbers the Điều itself
numbering-depth = nested { $depth } levels deep, printed as `{ $style }`: `numbering: { $numbering }` numbers { $levels } levels, then khoản `1.` and điểm `a)` below Điều
    .hint = move this content up a level, or add the level the text has to `numbering:` (e.g. [Chương, Mục, Điều])
form-shape-empty = a form needs something to fill in
    .hint = add `field:`, `fields:`, `checkboxes:`, `table:` or `signatures:` blocks
form-shape-table =
    .hint = give the table its columns, each with a `title` (and a `width` such as 30mm, 2fr or auto)
form-shape-signatures = a signature grid sets 2 to 4 signers side by side, not { $count }
    .hint = list two to four signers; a single signer signs under a date line, or use a second grid below
form-shape-fields = one line holds 1 to 4 fill-in fields, not { $count }
    .hint = split the fields over several `fields:` lines
form-shape-checkboxes = a checkbox list needs at least one item
    .hint = list the choices to tick, e.g. `checkboxes: [Có, Không]`
form-shape-blank-rows = { $count } empty rows; a form's table has at most { $max }
    .hint = print the sheet several times instead
form-shape-no-rows = a form's table with no rows and `blank_rows: 0` is a header with nothing to fill in
    .hint = leave `blank_rows` out (5 empty rows) or give the number of rows to fill in
