# Thông báo của giai đoạn load (xem src/i18n.rs).

## yaml-syntax: lỗi cú pháp YAML, báo ở chỗ sai chứ không ở chỗ trình đọc dừng
yaml-syntax = YAML không hợp lệ: { $message }
    .hint = Xem dòng này và mấy dòng ngay phía trên: lỗi YAML được báo ở chỗ trình đọc dừng lại, chỗ sai thường ở trước đó
yaml-syntax-double-quote-open = Giá trị mở bằng dấu ngoặc kép này không được đóng trên cùng dòng, nên kéo dài tới dòng { $line }
    .hint = Đóng giá trị bằng `"` ngay trên dòng đó (dấu ngoặc kép bên trong giá trị viết là `\"`), hoặc bỏ dấu ngoặc mở
yaml-syntax-single-quote-open = Giá trị mở bằng dấu nháy đơn này không được đóng trên cùng dòng, nên kéo dài tới dòng { $line }
    .hint = Đóng giá trị bằng `'` ngay trên dòng đó (dấu nháy đơn bên trong giá trị viết là `''`), hoặc bỏ dấu nháy mở
yaml-syntax-quote-unclosed = Giá trị mở bằng dấu ngoặc này không được đóng ở đâu cả
    .hint = Kết thúc giá trị bằng đúng dấu ngoặc đã mở nó
yaml-syntax-tab-indent = Dòng này thụt lề bằng dấu tab (hiện là →): `{ $line }`
    .hint = YAML chỉ thụt lề bằng dấu cách: thay mỗi dấu tab (→) bằng dấu cách
yaml-syntax-tab = Có dấu tab ở chỗ YAML cần dấu cách
    .hint = YAML thụt lề bằng dấu cách, không dùng tab: thay dấu tab bằng dấu cách
yaml-syntax-over-indented = `{ $key }:` thụt vào nhiều hơn dòng trên { $spaces } dấu cách, nên YAML đọc nó thành một phần của giá trị phía trên
    .hint = Xóa { $spaces } dấu cách trước `{ $key }:`: các trường cùng một cấp bắt đầu ở cùng một cột
yaml-syntax-duplicate-key = Khóa `{ $key }` được viết hai lần ở cùng một cấp
    .hint = Chỉ giữ một `{ $key }:`; nếu để cả hai, khóa viết sau sẽ lặng lẽ thay khóa viết trước
yaml-syntax-unclosed-bracket = Dấu `{ $open }` này không được đóng bằng `{ $close }`
    .hint = Đóng danh sách bằng `{ $close }` trên cùng dòng, hoặc viết mỗi mục một dòng dạng `- mục`
yaml-syntax-colon = Dấu `:` ở đây sẽ mở một trường mới ngay trong giá trị
    .hint = Đặt giá trị trong dấu ngoặc kép, hoặc viết thành khối: `>-` sau tên trường, nội dung ở các dòng sau, thụt lề
yaml-syntax-more-tabs = Còn { $count } dòng nữa thụt lề bằng dấu tab, không liệt kê từng dòng
    .hint = Trong trình soạn thảo, dùng Tìm và thay thế (Ctrl+H) để thay mọi dấu tab bằng dấu cách, rồi chạy lại
yaml-syntax-more-count = Còn { $count } lỗi cú pháp khác đã được đọc lướt qua, không liệt kê từng lỗi
    .hint = Sửa các lỗi trên rồi chạy lại để xem các lỗi này
yaml-syntax-rest-unread = vanban dừng đọc tệp ở đây sau { $max } lỗi cú pháp; phần còn lại có thể còn lỗi khác
    .hint = Sửa các lỗi trên rồi chạy lại: các lỗi còn lại sẽ được báo khi đó
curly-quotes-more = Còn { $count } giá trị nữa nằm giữa dấu ngoặc kép kiểu chữ in “ ” hoặc ‘ ’, không liệt kê từng giá trị
    .hint = Trong trình soạn thảo, dùng Tìm và thay thế (Ctrl+H) để thay “ ” bằng dấu ngoặc kép thẳng ", rồi chạy lại
control-character-more = Còn { $count } ký tự điều khiển hoặc vô hình nữa, không liệt kê từng ký tự
    .hint = Xóa các ký tự này; chúng thường lẫn vào khi sao chép chữ từ chương trình khác
field-errors-more = vanban dừng lại sau { $max } lỗi trong các trường; có thể còn lỗi khác chưa được báo
    .hint = Sửa các lỗi trên rồi chạy lại để xem các lỗi còn lại
yaml-syntax-braces =
    .hint = Giá trị bắt đầu bằng `{ "{{" }` phải đặt trong dấu ngoặc kép: title: "{ "{{" } year { "}}" }"; nằm giữa văn bản thì không cần

## Đọc tệp
io-cannot-read = Không đọc được { $name }: { $error }
io-hint-not-found = Kiểm tra lại tên tệp và thư mục đang chạy vanban
io-hint-permission = Kiểm tra quyền đọc của tệp
io-hint-folder = Hãy ghi đường dẫn của một tệp .yaml nằm trong thư mục đó
io-hint-yaml = Hãy ghi đường dẫn của một tệp YAML
io-not-regular = { $name } là { $kind }, không phải một tệp; vanban đọc văn bản từ tệp
    .hint = Hãy ghi đường dẫn của một tệp YAML
input-too-large = { $name } có từ { $len } byte trở lên; mỗi văn bản giới hạn ở { $max } byte
    .hint = Một văn bản chỉ vài trăm kilobyte là cùng: đây có đúng là tệp cần mở không?
not-yaml-pdf = { $name } là tệp PDF, không phải văn bản YAML
    .hint = vanban đọc tệp YAML mà văn bản được soạn từ đó; nếu PDF này do vanban làm với `--pdf-standard a-3b` thì `vanban extract` lấy lại được tệp YAML; với PDF dạng chữ khác, lệnh `vanban import { $name } -o doc.yaml` tạo ra tệp YAML
not-yaml-doc = { $name } là văn bản Word kiểu cũ (.doc), không phải văn bản YAML
    .hint = vanban đọc văn bản viết dưới dạng YAML: mở tệp trong Word, lưu thành .docx, rồi lệnh `vanban import FILE.docx -o doc.yaml` tạo ra tệp YAML; hoặc soạn mới bằng `vanban new` (ví dụ `vanban new cong-van -o cv.yaml`)
not-yaml-docx = { $name } là văn bản Word (.docx), không phải văn bản YAML
    .hint = vanban đọc văn bản viết dưới dạng YAML: lệnh `vanban import { $name } -o doc.yaml` tạo tệp YAML từ tệp Word .docx; hoặc soạn mới bằng `vanban new` (ví dụ `vanban new cong-van -o cv.yaml`)
not-yaml-zip = { $name } là tệp nén (tệp Word .docx, bảng tính hoặc tệp .zip), không phải văn bản YAML
    .hint = vanban đọc văn bản viết dưới dạng YAML: lệnh `vanban import { $name } -o doc.yaml` tạo tệp YAML từ tệp Word .docx; hoặc soạn mới bằng `vanban new` (ví dụ `vanban new cong-van -o cv.yaml`)
encoding = { $name } không phải văn bản mã UTF-8 (byte sai ở vị trí { $offset })
    .hint = Lưu tệp với bảng mã UTF-8 (Unicode); NĐ30 cũng không dùng các bảng mã TCVN3/VNI
# Thứ mà một đường dẫn chỉ tới, khi nó không phải tệp thường.
file-kind = { $kind ->
        [fifo] một FIFO (ống có tên)
        [device] một thiết bị
        [socket] một socket
        [folder] một thư mục
       *[other] một tệp đặc biệt
    }

## Hình dạng của tệp
not-a-document = Tệp cần là một văn bản (gồm các trường như `type:` và `title:`), nhưng ở đây là { $found }
missing-type = Thiếu trường `type`
    .hint = Cho biết đây là loại văn bản nào, ví dụ `type: ke-hoach` (một trong các loại: { $expected })
unknown-type-kind = Trường `type` cần ghi loại văn bản, nhưng ở đây là { $found }
    .hint = Ghi một trong các loại: { $expected }
unknown-type = Không có loại văn bản `{ $name }`
load-did-you-mean = Có phải là `{ $name }`?
load-expected-one-of = Ghi một trong các giá trị: { $expected }

## Trường
missing-field = Thiếu trường `{ $field }`
    .hint = Thêm `{ $field }:` vào `{ $path }`
missing-field-top = Thiếu trường `{ $field }`
    .hint = Thêm `{ $field }:` ở cấp ngoài cùng của văn bản
unknown-field = Trường `{ $field }` không có ở đây
unknown-field-vietnamese = Tên trường của vanban viết bằng tiếng Anh: `{ $field }` viết là `{ $en }:`
unknown-value = Không có giá trị `{ $value }`
issuer-abbr-empty = `issuer.abbr` đang để trống, mà ký hiệu sau số văn bản được lập từ trường này
    .hint = Ghi tên viết tắt của cơ quan ban hành, ví dụ `abbr: UBND`

## Nội dung chữ
control-character = Văn bản chứa ký tự điều khiển U+{ $code }, không in ra được
    .hint = Xóa ký tự này; nó thường lẫn vào khi sao chép chữ từ chương trình khác
invisible-character = Văn bản chứa ký tự định dạng vô hình U+{ $code }, không in ra được
    .hint = Xóa ký tự này; nó thường lẫn vào khi sao chép chữ từ chương trình khác
curly-quotes = Giá trị này nằm giữa dấu ngoặc kép kiểu chữ in { $open } { $close }; YAML không coi đó là dấu ngoặc nên chúng sẽ được in ra
    .hint = Dùng dấu ngoặc kép thẳng "{ $inner }", hoặc bỏ hẳn: { $inner }
placeholder-unfilled = `{ $placeholder }` phải được điền trước khi ban hành văn bản
    .hint = Thay chỗ đánh dấu này bằng nội dung thật
list-item-colon = Mục này của danh sách bị đọc thành trường `{ $key }:` vì có `: ` ở trong
    .hint = Đặt cả mục trong dấu ngoặc kép: - "{ $item }"
list-item-dash = Mục này của danh sách bắt đầu bằng `- ` nên YAML đọc nó thành một danh sách lồng trong danh sách
    .hint = Đặt cả mục trong dấu ngoặc kép: - "{ $item }"
flow-list-split = Dấu phẩy bên trong `[…]` đã tách nó thành { $count } mục: { $items }; nếu dấu phẩy là một phần của nội dung, hãy đặt nội dung đó trong dấu ngoặc kép: ["{ $joined }"]
# Loại giá trị YAML, như khi nói “nhưng ở đây là …”.
node-kind = { $kind ->
        [null] null (để trống)
        [bool] một giá trị đúng/sai
        [integer] một số nguyên
        [number] một số
        [text] một đoạn chữ
        [list] một danh sách
       *[mapping] một nhóm trường
    }

## attachment: văn bản mà quyết định ban hành kèm theo
attachment-nested = { $name } đã là văn bản kèm theo một văn bản khác nên không thể kèm `{ $path }`
    .hint = Quyết định kèm theo văn bản mà nó ban hành, còn văn bản đó không kèm gì: xóa dòng `attachment:` này
attachment-absolute = `{ $path }` là đường dẫn tuyệt đối
attachment-relative = Ghi `{ $path }`: đường dẫn tính từ tệp YAML, để chuyển cả thư mục đi nơi khác vẫn dùng được
attachment-outside = `{ $path }` nằm ngoài thư mục của văn bản
attachment-inside = Đặt văn bản được ban hành trong thư mục của tệp này (hoặc thư mục con) và ghi đường dẫn tính từ đó
attachment-missing = Không tìm thấy văn bản kèm theo { $name }
    .hint = Ghi đường dẫn của tệp YAML của văn bản được ban hành, tính từ tệp này
attachment-folder = { $name } là một thư mục, không phải văn bản
    .hint = Ghi đường dẫn của tệp YAML của văn bản được ban hành nằm trong thư mục đó
attachment-not-regular = { $name } là { $kind }, không phải một tệp
attachment-too-large = Văn bản kèm theo { $name } có { $len } byte; mỗi văn bản giới hạn ở { $max } byte
attachment-encoding = Văn bản kèm theo { $name } không phải văn bản mã UTF-8
attachment-not-yaml = Văn bản kèm theo { $name } không phải văn bản YAML
attachment-give-yaml = Ghi đường dẫn của tệp YAML của văn bản được ban hành
attachment-type = Quyết định chỉ ban hành kèm theo Kế hoạch hoặc văn bản có tên loại (quy chế, quy định, hướng dẫn …); { $name } là { $doc }
    .hint = Kèm tệp YAML của văn bản mà quyết định ban hành, hoặc gửi văn bản này riêng

## Kiểm tra trên toàn văn bản
undefined-id = Không có căn cứ hay văn bản tham chiếu nào có id `{ $id }`
    .hint = Thêm văn bản đó vào `bases:` hoặc `references:` với `id` này
basis-form = Mỗi căn cứ cần đúng một trong ba trường: `kind` (một văn bản), `group` (nhiều văn bản) hoặc `text` (viết sẵn cả câu)
basis-group = Nhóm căn cứ được in thành `các { $kind } của { $issuer }`, nên mọi văn bản trong nhóm phải cùng loại và cùng cơ quan ban hành
    .hint = Tách văn bản này thành một căn cứ riêng
copy-articles-none = Chỉ quyết định mới có Điều để sao; hãy ghi phần được sao vào `excerpt:`
copy-articles-range = Quyết định có từ Điều 1 đến Điều { $count }; không có Điều { $n }

## Giới hạn đầu vào (src/limits.rs)
yaml-too-large-nodes = Tệp YAML này chứa hơn { $max } giá trị khi mở rộng các bí danh (`*name`); mỗi văn bản giới hạn ở { $max }
yaml-too-large-text = Tệp YAML này chứa hơn { $max } byte chữ khi mở rộng các bí danh (`*name`); mỗi văn bản giới hạn ở { $max }
yaml-too-large-anchors = Các neo (`&name`) của tệp YAML này chứa hơn { $max } giá trị để lặp lại; mỗi văn bản giới hạn ở { $max }
yaml-too-large-aliases = Tệp YAML này dùng bí danh (`*name`) hơn { $max } lần; mỗi văn bản giới hạn ở { $max }
yaml-too-large-ratio = Tệp YAML này dùng { $anchors } neo (`&name`) của nó { $aliases } lần qua bí danh (`*name`); một văn bản chỉ lặp lại vài phần, không đến hàng nghìn
form-too-many-blocks = Mẫu có { $count } khối (`field`, `fields`, `text`, `table`…); mỗi mẫu giới hạn ở { $max } khối, mẫu thật chỉ có vài chục
    .hint = Xem lại mẫu này: hàng nghìn dòng điền giống nhau thường do nhập từ tệp khác; bỏ bớt, hoặc dùng một `table:` với `blank_rows` cho các dòng cần điền
yaml-too-large-nodes-plain = Tệp YAML này chứa hơn { $max } giá trị (trường, mục danh sách, đoạn chữ); mỗi văn bản giới hạn ở { $max }
yaml-too-large-text-plain = Tệp YAML này chứa hơn { $max } byte chữ; mỗi văn bản giới hạn ở { $max }
yaml-too-large-plain =
    .hint = Một văn bản thật chỉ có vài nghìn giá trị: hãy tách nó thành nhiều văn bản, hoặc xem lại phần có hàng nghìn dòng giống nhau (thường do nhập từ tệp khác)
yaml-too-large-other = Tệp YAML này dựng lên lớn hơn mọi văn bản (quá nhiều sự kiện, neo hoặc khóa gộp)
yaml-too-large =
    .hint = Một văn bản chỉ vài trăm kilobyte là cùng: hãy tách nó ra, hoặc viết thẳng các phần lặp lại thay vì dùng bí danh
yaml-too-large-documents = Tệp này chứa nhiều hơn một văn bản YAML (`---`)
    .hint = Mỗi tệp chỉ viết một văn bản
yaml-too-large-depth = Tệp YAML này lồng danh sách và nhóm trường sâu hơn { $max } cấp; mỗi văn bản giới hạn ở { $max }
    .hint = Một văn bản chỉ lồng vài cấp: hãy tìm một dấu `[` hoặc `{ "{" }` không được đóng
yaml-too-large-depth-block = Một văn bản chỉ lồng vài cấp: dòng này thụt vào sâu hơn { $max } cấp (mỗi mức thụt lề dưới một `content:` hay `- ` là một cấp); hãy đưa các mục lên ít cấp hơn
text-too-long = Đoạn chữ này dài hơn { $max } ký tự; mỗi đoạn giới hạn ở { $max }
    .hint = Một đoạn văn chỉ vài trăm chữ: hãy tách thành nhiều đoạn (nhiều mục của danh sách)
inline-too-many = Tính đến trường này, văn bản có hơn { $max } chỗ định dạng trong dòng (`**đậm**`, `*nghiêng*`, `^[chú thích]`); mỗi văn bản giới hạn ở { $max }
    .hint = Chỉ in đậm, in nghiêng chỗ cần nổi bật; dấu sao không phải định dạng thì viết là `\*`
inline-too-deep = Định dạng trong dòng lồng nhau { $depth } cấp; tối đa là { $max } cấp
    .hint = Chỉ lồng `**đậm**`, `*nghiêng*` và `^[chú thích]` tối đa { $max } cấp; dấu sao không phải định dạng thì viết là `\*`

## wrong-type: giá trị sai loại hoặc sai dạng (src/load/de.rs)
wrong-type = Cần { $expected }, nhưng ở đây là { $found }
    .hint = Xem định dạng văn bản trong README.md hoặc docs/huong-dan.md
wrong-type-range = { $found } nằm ngoài khoảng cho phép; cần một số nguyên từ { $min } đến { $max }
    .hint = Ghi một số trong khoảng đó: số văn bản, năm hay số lượng chỉ có vài chữ số
wrong-type-form = Giá trị này không có dạng nào mà trường này nhận
wrong-type-integer =
    .hint = Ghi số bằng chữ số, không đặt trong dấu ngoặc kép (year: 2026)
wrong-type-text =
    .hint = Ghi một đoạn chữ; nếu YAML đọc nó thành thứ khác, hãy đặt nó trong dấu ngoặc kép
wrong-type-list =
    .hint = Viết một danh sách: mỗi mục một dòng dạng `- mục`, hoặc [a, b]
# Thứ mà một trường cần, như khi nói “cần …”; `other` là lời của chính kiểu đó.
value-expected = { $kind ->
        [integer] một số nguyên
        [number] một số
        [text] một đoạn chữ
        [bool] true hoặc false
        [list] một danh sách
        [mapping] một nhóm trường
        [fields] một nhóm trường
        [enum] một trong các giá trị ghi trong README.md
        [form] một giá trị dạng khác
       *[other] { $text }
    }
# Giá trị tìm thấy, như khi nói “nhưng ở đây là …”.
value-found = { $kind ->
        [text] chữ "{ $value }"
        [number] số { $value }
        [bool] giá trị { $value }
        [null] null (để trống)
        [list] một danh sách
        [mapping] một nhóm trường
       *[other] { $value }
    }
wrong-type-one-of = Cần một trong các giá trị { $expected }, nhưng ở đây là { $found }
