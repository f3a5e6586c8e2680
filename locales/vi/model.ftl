# Thông báo về giá trị của các trường trong mô hình văn bản (src/model/, src/vn/).
# Một thông báo có `.hint` thì cách sửa đó dùng cho mọi lỗi cùng loại
# (`date-format` cho mọi ngày không có thật).

## Ngày
date-empty = Chuỗi rỗng ("") không phải một ngày; `null` (không có dấu ngoặc) mới để trống ngày
    .hint = Viết `date: null` để văn thư điền ngày khi ban hành, hoặc ghi ngày: `date: 2026-03-05`
date-day-first = `{ $text }` không phải một ngày: viết với dấu `-` thì năm đứng trước ({ $iso }); ngày đứng trước thì viết với dấu `/` ({ $slash })
    .hint = Ghi năm trước nếu dùng dấu `-`, hoặc ngày trước nếu dùng dấu `/`
date-format = `{ $text }` không phải một ngày; viết theo dạng YYYY-MM-DD (2026-03-05) hoặc DD/MM/YYYY (05/3/2026)
    .hint = Viết ngày dạng 2026-03-05 hoặc 05/3/2026
date-no-month = `{ $text }` không phải một ngày: không có tháng { $month }
date-year-range = `{ $text }` không phải một ngày: năm { $year } nằm ngoài khoảng 1900–9999
date-day-zero = `{ $text }` không phải một ngày: không có ngày 0
date-no-day = `{ $text }` không phải một ngày: tháng { $month } năm { $year } không có ngày { $day }

## Số và ký hiệu
so-with-ky-hieu = `{ $typed }` là số kèm ký hiệu; trường `number` chỉ ghi số ({ $number }): vanban tự viết ký hiệu `{ $ky_hieu }` từ loại văn bản, `issuer.abbr` và `unit`
    .hint = Chỉ ghi số (number: 125); phần sau dấu `/` được lập từ `issuer.abbr` (UBND) và `unit` (VP trong ký hiệu UBND-VP của công văn)
so-not-number = `{ $typed }` không phải số văn bản; ghi số, ví dụ 15, hoặc số đã cấp đúng như khi in, đặt trong dấu ngoặc kép, ví dụ "0204"

## Thẩm quyền ký
authority-prefix = `{ $text }` không bắt đầu bằng quyền hạn ký: ghi `TM.`, `Q.`, `KT.`, `TL.` hoặc `TUQ.` rồi đến cơ quan hay chức vụ, ví dụ `KT. Chủ tịch`
    .hint = Dòng thẩm quyền ký có dạng `TM. Ủy ban nhân dân` hoặc `KT. Chủ tịch`
authority-no-office = `{ $text }` không ghi cơ quan hay chức vụ sau `{ $head }`

## Giá trị khác
lines-empty = Cần ít nhất một dòng
time-format = `{ $text }` không phải một giờ; ghi giờ, phút và giây: 14:30:05
length-format = `{ $text }` không phải một độ dài; ghi ví dụ 35mm hoặc 3.5cm
block-mixed = Một khối nội dung là một đoạn chữ, một mục (`title`, `content`), một đoạn có đánh số (`text`), một tiêu đề nhỏ (`heading`) hoặc một bảng (`table`), không trộn các dạng này với nhau
drafter-no-copies = `copies` bằng 0; ô 12 ghi số bản phát hành, từ 1 trở lên
form-header-false = Viết `header: true`, hoặc bỏ hẳn `header:` nếu mẫu không có phần đầu
plan-part-no-heading = `part: { $part }` không có `heading`; muốn giữ tiêu đề sẵn có thì chỉ ghi tên phần
plan-sections-heading = `sections` không có tiêu đề riêng: mỗi mục in `title` của nó
plan-part-mixed = Một phần là phần chuẩn (`part`, `heading`) hoặc một mục (`title`, `content`), không trộn hai dạng

## Bảng
cell-kind = Một ô chứa chữ hoặc một số, không chứa { $kind ->
        [bool] giá trị { $value }
        [list] một danh sách
       *[mapping] một nhóm trường
    }; nếu đó là chữ, hãy đặt trong dấu ngoặc kép
row-special = Một dòng đặc biệt chỉ là { "{" }group: …{ "}" } hoặc { "{" }subtotal: …, values: […]{ "}" }
figure-not-decimal = `{ $text }` không phải con số vanban in được; ghi bằng chữ số thập phân, ví dụ 1250000 hoặc 12.5
figure-too-many-digits = `{ $text }` có { $digits } chữ số trước dấu thập phân; một con số có tối đa { $max }
figure-too-many-decimals = `{ $text }` có { $digits } chữ số sau dấu thập phân; một con số có tối đa { $max }

## Điều một giá trị cần có (“Cần …, nhưng ở đây là …”)
expect-plan-part = tên một phần (`purposes`, `projects` …), `{ "{" }part, heading{ "}" }`, hoặc một mục có `title` và `content`
expect-so = một số (15), số đã cấp đúng như khi in ("0204") hoặc để trống
expect-form-header = `true` (chỉ có Quốc hiệu) hoặc các dòng tên cơ quan, tổ chức
expect-checkboxes = một danh sách các mục, hoặc `label` và `items`
expect-date = một ngày như 2026-03-05
expect-lines = một đoạn chữ, hoặc một danh sách các dòng
expect-time = một giờ như 14:30:05
expect-length = một độ dài như 35mm hoặc 3.5cm
expect-recipient = một nơi nhận viết thành chữ, hoặc một nhóm trường có `to` và `purpose`
expect-outline = một kiểu đánh số (`I.`, `1.`, `Chương` …) hoặc một danh sách các kiểu, cấp ngoài cùng trước
expect-block = một đoạn văn (chữ), một mục có `title` và `content`, hoặc một bảng `table`
expect-clause = một khoản viết thành chữ, hoặc `text` và `points`
expect-drafter = dòng ô 12 viết thành chữ (`09 KH`), hoặc `initials` và `copies`
expect-one-or-many = một mục hoặc một danh sách các mục
expect-index-row = `true`, `false` hoặc một danh sách nhãn
expect-cell = chữ, một số hoặc để trống
expect-row = một danh sách các ô, { "{" }group: …{ "}" } hoặc { "{" }subtotal: …{ "}" }
clock-time-format = `{ $text }` không phải một giờ trong ngày; ghi giờ và phút: 14:00

## Bảng: cột, tổng và tỷ lệ (src/model/table.rs)
table-no-columns = Bảng cần ít nhất một cột
table-ratio-kind = `ratio` chỉ dùng cho cột tỷ lệ phần trăm, mà `{ $title }` là cột { $kind ->
        [text] chữ
        [number] số
        [amount] số tiền
       *[percent] tỷ lệ phần trăm
    }
table-ratio-not-summed = Tỷ lệ ở `{ $column }` chia cho `{ $title }`, mà đó không phải cột số hay cột số tiền
table-ratio-unknown = Tỷ lệ ở `{ $column }` nêu cột `{ $title }`, mà bảng không có cột này; các cột số liệu của bảng là { $columns }
table-sum-kind = `sum` chỉ dùng cho cột số và cột số tiền, mà `{ $title }` là cột { $kind ->
        [text] chữ
        [number] số
        [amount] số tiền
       *[percent] tỷ lệ phần trăm
    }
table-sum-empty = `sum` ở `{ $title }` không nêu cột nào để cộng
table-sum-not-summed = Tổng ở `{ $column }` cộng `{ $title }`, mà đó không phải một cột số hay cột số tiền khác
table-sum-unknown = Tổng ở `{ $column }` nêu cột `{ $title }`, mà bảng không có cột này; các cột số liệu của bảng là { $columns }
table-sum-cycle = Tổng ở `{ $title }` cộng lại chính nó, qua các cột mà nó cộng
table-width-format = `{ $width }` không phải độ rộng của cột `{ $title }`; ghi ví dụ 15mm, 2cm, 1fr hoặc auto
table-size = Chữ trong bảng cỡ từ { $min } đến { $max } pt, không phải { $size }; các cơ quan dùng cỡ 12, hoặc 11 và 10 cho bảng rộng
table-index-row-count = Có { $labels } nhãn cho { $columns } cột
table-cell-not-vietnamese = `{ $text }` trong cột { $kind ->
        [text] chữ
        [number] số
        [amount] số tiền
       *[percent] tỷ lệ phần trăm
    } `{ $title }` không phải số viết theo cách Việt Nam (hàng nghìn tách bằng `.` theo nhóm ba chữ số, phần thập phân sau `,`: `1.250.000`, `1,5`)
table-sum-too-large = Các số của `{ $title }` cộng lại có nhiều chữ số hơn mức vanban giữ chính xác ({ $before } chữ số trước và { $after } chữ số sau dấu thập phân)
table-ratio-mismatch = `{ $title }` = `{ $of }` ÷ `{ $to }` × 100 = { $exact }, không phải { $written } như đã ghi
table-values-count = Có { $figures } số cho { $columns } cột
table-value-not-number = `{ $text }` trong cột { $kind ->
        [text] chữ
        [number] số
        [amount] số tiền
       *[percent] tỷ lệ phần trăm
    } `{ $title }` không phải một số
table-total-mismatch = Cột `{ $title }` cộng lại được { $sum }, không phải { $written } như đã ghi
table-row-count = Dòng này có { $cells } ô; bảng có { $columns } cột
table-row-sum-mismatch = `{ $title }` = { $terms } = { $sum }, không phải { $written } như đã ghi
table-level-style = `{ $label }` không phải nhãn của một cấp; ghi một trong I, A, 1, 1.1, a, i, - hoặc + đúng như nhãn của cấp đó
table-levels-special-row = Bảng có `levels` cộng các dòng theo cấp: thay `group`/`subtotal` bằng một dòng của cấp trên
table-level-unknown = `{ $label }` không phải nhãn của các cấp { $levels }; ô đầu tiên của một dòng cho biết cấp của dòng đó
table-level-sum-mismatch = `{ $title }` của `{ $row }` là tổng của { $count } dòng dưới nó, { $sum }, không phải { $written } như đã ghi
table-in-words-amount = Tổng của `{ $title }` không phải một số đồng nguyên, dương để viết bằng chữ
table-in-words-kind = `in_words` cần một cột số tiền, mà `{ $title }` không phải cột số tiền
