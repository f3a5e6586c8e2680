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
