# Messages about the values of the document model's fields (src/model/, src/vn/).
# A message with a `.hint` gives that fix to every mistake of its kind
# (`date-format` for every impossible date).

## Dates
date-empty = an empty text is not a date; `null` (without quotes) leaves it blank
    .hint = write null to leave the date blank for the văn thư (date: null), or the date: 2026-03-05
date-day-first = `{ $text }` is not a date: with `-` the year comes first ({ $iso }); day first is written with `/` ({ $slash })
    .hint = write the date year first with `-`, or day first with `/`
date-format = `{ $text }` is not a date; write it as YYYY-MM-DD (2026-03-05) or DD/MM/YYYY (05/3/2026)
    .hint = write dates as 2026-03-05 or 05/3/2026
date-no-month = `{ $text }` is not a date: there is no month { $month }
date-year-range = `{ $text }` is not a date: year { $year } is out of range (1900–9999)
date-day-zero = `{ $text }` is not a date: there is no day 0
date-no-day = `{ $text }` is not a date: month { $month } of { $year } has no day { $day }

## Số and ký hiệu
so-with-ky-hieu = `{ $typed }` is a số with its ký hiệu; `number` is the số alone ({ $number }): vanban writes the ký hiệu `{ $ky_hieu }` from the document's type, `issuer.abbr` and `unit`
    .hint = write the number alone (number: 125); the part after `/` comes from `issuer.abbr` (UBND) and `unit` (VP for a công văn's UBND-VP)
so-not-number = `{ $typed }` is not a số; write the number, e.g. 15, or an issued number as printed in quotes, e.g. "0204"

## Thẩm quyền ký
authority-prefix = `{ $text }` does not start with a quyền hạn: write `TM.`, `Q.`, `KT.`, `TL.` or `TUQ.` and the office, e.g. `KT. Chủ tịch`
    .hint = the signer's authority lines look like `TM. Ủy ban nhân dân` or `KT. Chủ tịch`
authority-no-office = `{ $text }` names no office after `{ $head }`

## Other values
lines-empty = expected at least one line
time-format = `{ $text }` is not a time; write hours, minutes and seconds: 14:30:05
length-format = `{ $text }` is not a length; write e.g. 35mm or 3.5cm
block-mixed = a block is text, a section (`title`, `content`), a numbered paragraph (`text`), a sub-heading (`heading`) or a table (`table`), not a mix
drafter-no-copies = `copies` is 0; ô 12 counts the copies issued, from 1
form-header-false = write `header: true`, or leave `header:` out for a form without one
plan-part-no-heading = `part: { $part }` without a `heading`; write the name alone to keep its heading
plan-sections-heading = `sections` has no heading of its own: each section prints its `title`
plan-part-mixed = a part is a standard part (`part`, `heading`) or a section (`title`, `content`), not a mix

## Tables
cell-kind = a cell holds text or a number, not { $kind ->
        [bool] { $value }
        [list] a list
       *[mapping] a mapping
    }; quote it if it is text
row-special = a special row is either { "{" }group: …{ "}" } or { "{" }subtotal: …, values: […]{ "}" }
figure-not-decimal = `{ $text }` is not a figure vanban can print; write it in decimal digits, e.g. 1250000 or 12.5
figure-too-many-digits = `{ $text }` has { $digits } digits before the decimal point; a figure may have at most { $max }
figure-too-many-decimals = `{ $text }` has { $digits } digits after the decimal point; a figure may have at most { $max }

## What a value takes (“expected …, found …”)
expect-plan-part = a part's name (`purposes`, `projects` …), `{ "{" }part, heading{ "}" }`, or a section with `title` and `content`
expect-so = a số (15), an issued number as printed ("0204") or nothing
expect-form-header = `true` (the Quốc hiệu alone) or the organisation's lines
expect-checkboxes = a list of items, or `label` and `items`
expect-date = a date such as 2026-03-05
expect-lines = text, or a list of lines
expect-time = a time such as 14:30:05
expect-length = a length such as 35mm or 3.5cm
expect-recipient = a recipient as text, or a mapping with `to` and `purpose`
expect-outline = a numbering style (`I.`, `1.`, `Chương` …) or a list of them, outermost first
expect-block = a paragraph (text), a section with `title` and `content`, or a `table`
expect-clause = a khoản as text, or `text` and `points`
expect-drafter = the ô 12 line as text (`09 KH`), or `initials` and `copies`
expect-one-or-many = one item or a list of items
expect-index-row = `true`, `false` or a list of labels
expect-cell = text, a number or nothing
expect-row = a list of cells, { "{" }group: …{ "}" } or { "{" }subtotal: …{ "}" }
clock-time-format = `{ $text }` is not a time of day; write hours and minutes: 14:00

## Tables: columns, sums and ratios (src/model/table.rs)
table-no-columns = a table needs at least one column
table-ratio-kind = `ratio` is for percent columns, and `{ $title }` is a { $kind } column
table-ratio-not-summed = the ratio in `{ $column }` divides `{ $title }`, which is not a number or amount column
table-ratio-unknown = the ratio in `{ $column }` names a column `{ $title }` the table does not have; its figure columns are { $columns }
table-sum-kind = `sum` is for number and amount columns, and `{ $title }` is a { $kind } column
table-sum-empty = `sum` in `{ $title }` names no column to add
table-sum-not-summed = the sum in `{ $column }` adds `{ $title }`, which is not another number or amount column
table-sum-unknown = the sum in `{ $column }` names a column `{ $title }` the table does not have; its figure columns are { $columns }
table-sum-cycle = the sum in `{ $title }` adds itself, through the columns it adds
table-width-format = `{ $width }` is not a width for the column `{ $title }`; write e.g. 15mm, 2cm, 1fr or auto
table-size = a table's text is { $min } to { $max } pt, not { $size }; offices use 12, or 11 and 10 for wide tables
table-index-row-count = { $labels } labels for { $columns } columns
table-cell-not-vietnamese = `{ $text }` in the { $kind } column `{ $title }` is not a number written the Vietnamese way (thousands grouped by `.` in threes, decimals after `,`: `1.250.000`, `1,5`)
table-sum-too-large = the figures of `{ $title }` add up to more digits than vanban keeps exactly ({ $before } before and { $after } after the decimal point)
table-ratio-mismatch = `{ $title }` = `{ $of }` ÷ `{ $to }` × 100 = { $exact }, not { $written } as written
table-values-count = { $figures } figures for { $columns } columns
table-value-not-number = `{ $text }` in the { $kind } column `{ $title }` is not a number
table-total-mismatch = the column `{ $title }` adds up to { $sum }, not { $written } as written
table-row-count = the row has { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    }; the table has { $columns } columns
table-row-sum-mismatch = `{ $title }` = { $terms } = { $sum }, not { $written } as written
table-level-style = `{ $label }` is not a level label; write one of I, A, 1, 1.1, a, i, - or + as the labels of that level look
table-levels-special-row = a table with `levels` adds its rows up by level: write the group as a row of the level above instead of `group`/`subtotal`
table-level-unknown = `{ $label }` is not a label of the levels { $levels }; a row's first cell says its level
table-level-sum-mismatch = `{ $title }` of `{ $row }` is the sum of the { $count } rows under it, { $sum }, not { $written } as written
table-in-words-amount = the total of `{ $title }` is not a whole, positive number of đồng to write in words
table-in-words-kind = `in_words` needs an amount column, and `{ $title }` is not one
