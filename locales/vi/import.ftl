# Thông báo của lệnh `vanban import` (src/import/, src/cmd/import.rs; xem src/i18n.rs).

## Tệp đưa vào import
import-format-doc = { $name } là tệp Word kiểu cũ (.doc)
    .hint = Mở tệp trong Word hoặc LibreOffice rồi lưu thành .docx hoặc .pdf
import-format = { $name }: vanban nhập được tệp .docx, .pdf và .txt
    .hint = Lưu văn bản thành PDF, hoặc chép nội dung vào một tệp .txt (hoặc chuyển vào qua `-`)
import-too-large = { $name } nặng { $size } KB; vanban nhập tệp tối đa { $max } KB
    .hint = Chia nhỏ văn bản, hoặc chỉ nhập phần cần dùng
import-too-many-lines = { $name } có { $lines } dòng; vanban nhập văn bản tối đa { $max } dòng
    .hint = Chia nhỏ văn bản, hoặc chỉ nhập phần cần dùng
import-too-much-text = { $name } chứa { $size } KB chữ; tệp YAML mà lệnh import viết ra được vanban đọc lại, và vanban chỉ đọc tệp YAML tối đa { $max } KB
    .hint = Chia nhỏ văn bản, hoặc chỉ nhập phần cần dùng (một Kế hoạch chỉ vài chục kilobyte chữ)
import-encoding = { $name } không phải văn bản mã UTF-8 (byte sai ở vị trí { $offset })
    .hint = Lưu tệp với bảng mã UTF-8 (Unicode); vanban không đọc các bảng mã TCVN3/VNI
import-empty = Tệp không có chữ nào
    .hint = { $format ->
        [pdf] PDF quét (ảnh chụp) không có lớp chữ: hãy nhận dạng chữ (OCR) trước, hoặc chép nội dung vào một tệp .txt
        [docx] Tệp Word không có đoạn văn nào: phải chăng nội dung nằm trong hộp văn bản (text box) hoặc trong ảnh?
       *[text] Tệp trống: hãy chép nội dung văn bản vào tệp
    }
import-type = Không thấy tên loại (KẾ HOẠCH, QUYẾT ĐỊNH …) hay dòng `V/v` ở đầu văn bản
    .hint = Cho biết loại văn bản bằng `--type ke-hoach` (danh sách các loại: xem `vanban new`)
import-unknown-type = Không có loại văn bản `{ $type }`; các loại là: { $expected }
import-output-exists = { $path } đã có; thêm --force nếu muốn ghi đè
import-output-is-input = { $path } chính là tệp đầu vào; vanban không bao giờ ghi đè tệp đầu vào
import-stdin-unreadable = Không đọc được đầu vào chuẩn: { $error }
import-cannot-read = Không đọc được { $name }: { $error }
import-written-next = Xem lại các chỗ nêu ở trên, rồi chạy `vanban check { $path }`

## Word (.docx)
import-docx-part-too-large = { $name }: phần { $part } khi giải nén nặng { $size } MB; vanban đọc mỗi phần tối đa { $max } MB (limits::IMPORT_MAX_XML_BYTES)
    .hint = Lưu một bản không có ảnh, hoặc lưu thành PDF
import-docx-part-unreadable = { $name }: không đọc được phần { $part } ({ $error })
    .hint = Mở tệp trong Word rồi lưu lại
import-docx-not-zip = { $name }: không phải tệp Word (.docx) ({ $error })
    .hint = Tệp .doc kiểu cũ phải được lưu thành .docx hoặc PDF trước
import-docx-no-document = { $name } không có word/document.xml: không phải văn bản Word
    .hint = Mở trong Word rồi lưu thành .docx
import-docx-not-xml = { $name }: word/document.xml không phải XML hợp lệ ({ $error })
    .hint = Mở tệp trong Word rồi lưu lại
import-docx-dtd = { $name }: phần { $part } có khai báo DTD (`<!DOCTYPE …>`); Word không bao giờ viết khai báo này, nên vanban không nhập tệp có nó
    .hint = Tệp không do Word lưu, hoặc đã bị sửa (khai báo DTD dùng để tấn công: "billion laughs", đọc tệp trên máy); nếu tin tệp này, mở nó trong Word rồi lưu lại thành .docx
import-docx-too-deep = { $name } lồng nhau sâu quá { $max } cấp (limits::IMPORT_MAX_DEPTH)
    .hint = Mở tệp trong Word rồi lưu lại

## PDF
import-pdf-encrypted = { $name }: tệp PDF được mã hóa
    .hint = Lưu một bản không đặt mật khẩu (in ra PDF), hoặc chép nội dung vào một tệp .txt
import-pdf-unreadable = { $name }: không đọc được tệp PDF ({ $error })
    .hint = Mở tệp bằng trình xem PDF để kiểm tra, hoặc xuất lại tệp PDF
import-pdf-too-many-pages = { $name } có { $pages } trang; vanban nhập văn bản tối đa { $max } trang (limits::IMPORT_MAX_PAGES)
    .hint = Chỉ nhập phần cần dùng
import-pdf-stream-too-large = { $name }: { $page ->
        [0] một luồng dữ liệu của tệp
       *[other] nội dung trang { $page }
    } khi giải nén nặng hơn { $max } MB; vanban đọc mỗi luồng tối đa { $max } MB (limits::IMPORT_MAX_STREAM_BYTES)
    .hint = Tệp bị hỏng hoặc là "bom giải nén", không phải văn bản thật; nếu tin tệp này, mở nó trong trình xem PDF rồi in ra PDF mới, hoặc chép nội dung vào một tệp .txt
import-pdf-content-too-large = { $name }: nội dung các trang khi giải nén nặng hơn { $max } MB cộng lại (vượt ở trang { $page }); vanban đọc tối đa { $max } MB cho một tệp PDF (limits::IMPORT_MAX_CONTENT_BYTES)
    .hint = Chỉ nhập phần cần dùng, hoặc chép nội dung vào một tệp .txt
import-pdf-no-text = { $name }: tệp PDF không có lớp chữ (bản quét?)
    .hint = Nhận dạng chữ (OCR) trước (chữ phải chọn được), hoặc gõ nội dung vào một tệp .txt

## Báo cáo: mỗi ghi chú một dòng, `loại: nội dung (vị trí)`
import-kind = { $kind ->
        [recognised] đã nhận ra
        [guessed] phỏng đoán
       *[check] cần xem lại
    }
import-note = { $kind }: { $message }
import-note-at = { $kind }: { $message } ({ $places })
import-yaml-line = dòng YAML { $line }
# Vị trí trong bản gốc: dòng của tệp văn bản, trang của PDF, đoạn của tệp Word.
import-source = { $format ->
        [pdf] trang
        [docx] đoạn
       *[text] dòng gốc
    } { $source }
# Chú thích ở đầu tệp YAML mà lệnh import viết ra (mỗi dòng được thêm `# ` ở đầu).
import-yaml-comment = Tệp này do `vanban import` tạo ra ({ $ten_loai }): xem lại các chỗ mà báo cáo của lệnh import đã nêu,
    rồi chạy `vanban check` và `vanban render`.
import-acknowledged = { $message } (đã ghi nhận trong `allow:`)
# Một lỗi mà `vanban check` vẫn sẽ báo trong tệp YAML vừa ghi (lệnh import không tự tắt quy tắc nào).
import-check-refuses = `vanban check` sẽ báo lỗi [{ $code }] ở đây: { $message }. Hãy sửa chỗ này trong tệp YAML (lệnh import không tự tắt quy tắc kiểm tra)
# Lý do ghi dưới `allow:` trong tệp YAML.
import-allow-reason = giữ như trong bản gốc được nhập; cần kiểm tra

## Các ghi chú của báo cáo
import-attached-yaml = Tệp PDF có kèm tệp YAML đã dùng để tạo ra nó ({ $file }): nhập nguyên văn, không phỏng đoán gì
import-joined = Đã nối hai dòng thành một đoạn (`…{ $end }` / `{ $start }…`)
import-cite-no-number = `{ $cited }` được dẫn mà không có `số`; vanban in thành `{ $printed }`
import-basis-as-written = Một căn cứ được giữ nguyên văn (`text:`): không đọc được văn bản được dẫn
import-basis-reworded = Căn cứ này được in theo cách viết của vanban; bản gốc ghi `{ $original }`
import-type-found = Tên loại { $ten_loai } ({ $type })
import-number-found = Số, ký hiệu `{ $number }`
import-place-date-found = Địa danh và ngày tháng
import-mark-found = { $field } `{ $text }`
import-bases-found = { $bases } căn cứ, dẫn { $cited } văn bản
import-no-date-place = Không thấy dòng ngày tháng; địa danh `{ $place }` được lấy từ tên cơ quan ban hành
import-no-date = Không thấy dòng ngày tháng: hãy ghi địa danh
import-no-year = Không thấy năm trong dòng ngày tháng hay trong trích yếu: kiểm tra `year`
import-no-title = Không thấy trích yếu dưới tên loại
import-greeting-found = Lời chào (kính gửi)
import-outline-found = Đề mục đánh số theo { $numbering }
import-appendices-found = { $count } phụ lục (từ { $place })
import-attached-left-out = { $ten_loai } in sau văn bản (từ { $place }) không nằm trong tệp YAML này: hãy nhập các trang đó thành một văn bản riêng (văn bản ban hành kèm theo ghi vào `attachment:`, phụ lục ghi vào `appendices:`)
# Một mẫu trong danh sách của hai thông báo dưới.
import-form = { $label } «{ $title }» ({ $place })
import-forms-more = và { $count } mẫu nữa
import-forms-found = { $count } mẫu in sau văn bản được ghi vào `forms:`: { $forms }. Dòng điền (`field`, `fields`), ô đánh dấu (`checkboxes`), bảng, dòng ngày (`date_line`) và chữ ký (`signatures`) được nhận ra; { $text ->
        [0] không còn dòng nào để nguyên thành đoạn `text`. Hãy so với bản gốc
       *[other] { $text } dòng khác để nguyên thành đoạn `text`: hãy so với bản gốc, dòng nào là dòng điền, ô đánh dấu hay chữ ký chưa nhận ra thì viết lại
    } như mục `forms` của README
import-forms-left-out = { $count } mẫu in sau văn bản không nằm trong tệp YAML này: { $forms }. Loại văn bản này không có `forms:`: hãy ghi các mẫu vào `forms:` của văn bản ban hành chúng (xem mục `forms` của README)
import-form-unlabelled = Mẫu «{ $title }» không có nhãn `Mẫu số …` (bắt đầu ở trang mới): vanban in nhãn `Mẫu số 01` phía trên; ghi `label:` nếu muốn nhãn khác
import-form-date-year = Dòng `{ $line }` của { $label } có năm gõ sẵn ({ $year }): được giữ thành đoạn `text` (căn trái, chữ đứng), vì `date_line` của vanban in dấu chấm cả cho năm. Muốn dòng ngày căn phải, in nghiêng thì viết `date_line: <địa danh>` (năm sẽ in bằng dấu chấm)
import-form-kinh-gui = Dòng `{ $line }` của { $label } được giữ thành đoạn `text` (căn trái): mẫu đã có `subtitle`, mỗi mẫu chỉ có một. Nếu bản gốc căn giữa dòng này, hãy xem lại
import-form-blank-rows-cut = Bảng của { $label } có { $count } dòng trống; vanban giữ { $max } dòng (`blank_rows: { $max }`, mức tối đa của một bảng trong mẫu). Nếu cần thêm dòng, hãy chia thành nhiều bảng hoặc nhiều trang mẫu
import-form-organization = Dòng tên cơ quan trên tên mẫu được ghi vào `header` của mẫu: { $lines }. vanban in dòng này bên trái Quốc hiệu, Tiêu ngữ; nếu bản gốc không có Quốc hiệu, hãy xem lại
import-issued-found = { $ten_loai } do quyết định ban hành kèm theo (từ { $place }) được ghi vào tệp riêng { $file }, `attachment:` ghi tên tệp đó
import-issued-from-decision = `{ $field }` không in trên văn bản ban hành kèm theo: lấy theo quyết định
import-issued-notes = Trong { $file }:
import-issued-stdout = Văn bản này ban hành kèm theo một { $ten_loai }, phải ghi thành hai tệp YAML nên không in ra đầu ra chuẩn được
    .hint = Ghi tên tệp kết quả: `-o ten-tep.yaml` ({ $ten_loai } được ghi vào tệp bên cạnh)
import-recipients-found = Nơi nhận: { $count } mục, Lưu: { $archive }
import-recipients-lead = Dòng `{ $line }` đầu nơi nhận không ghi vào `recipients`: vanban tự in dòng này
import-no-signer = Không thấy người ký: hãy điền `signer`
import-signer-one-line = Chỉ thấy một dòng của phần chữ ký
import-signer-found = Người ký { $name }, { $title }
import-signer-left-out = Bỏ ra các dòng của phần chữ ký: { $lines }
import-signer-fill-in = Dòng để điền (có dấu chấm) không phải là chức vụ hay họ tên người ký, không ghi vào `signer`: { $lines }
import-signer-asides = Dòng trong ngoặc ở phần chữ ký không ghi vào tệp YAML: { $lines } (vanban để trống chỗ ký; nếu cần, ghi lại ở `signer`)
import-end-after-form = Nơi nhận và người ký được gõ sau mẫu «{ $form }» (mẫu bắt đầu ở trang mới): được đọc là phần cuối của văn bản; khung chữ ký sau đó thuộc về mẫu
import-abbr-mismatch = Ký hiệu `{ $number }` không bắt đầu bằng chữ viết tắt của loại văn bản
import-issuer-from-text = Văn bản không có phần đầu (quốc hiệu, tên cơ quan): cơ quan ban hành `{ $issuer }` được lấy từ `{ $who } ban hành`
import-no-issuer = Không thấy cơ quan ban hành: hãy ghi tên cơ quan ban hành
import-header-split = { $count } dòng đầu được hiểu là cơ quan chủ quản, phần còn lại là cơ quan ban hành
import-rule-dropped = Dòng kẻ gõ bằng ký tự `{ $line }` ở phần đầu được bỏ: vanban tự kẻ đường kẻ dưới tên cơ quan và dưới tiêu ngữ
import-rule-dropped-body = Dòng kẻ gõ bằng ký tự `{ $line }` giữa các đoạn được bỏ: văn bản theo NĐ30 không có dòng kẻ trong nội dung
import-bases-end-dropped = Căn cứ cuối cùng kết thúc bằng `;` trước một câu riêng: vanban in dấu `.` như mẫu của NĐ30 (ghi `bases_end: ";"` nếu muốn giữ)
import-abbr-guess = Không thấy ký hiệu: chữ viết tắt `{ $guess }` của cơ quan ban hành là phỏng đoán
import-preamble-section = Có nhiều đoạn trước mục đầu tiên: giữ thành một phần đứng trước mục đó
import-projects-found = { $count } dự án, kèm nội dung, kinh phí và phân công
import-projects-unread = Không đọc được hết các dự án theo cách vanban viết: mục này được giữ thành một phần chung
import-generic-section = Mục `{ $heading }` được giữ thành một phần chung
import-appendix-capitals = Tên phụ lục được đọc từ chữ in hoa: kiểm tra chữ hoa của các tên riêng
import-table-levels = Bảng có các dòng theo cấp { $levels } (`levels`): { $blank } số của dòng cấp trên và dòng tổng cộng bằng tổng các dòng bên dưới nên để trống, vanban tự cộng và in như bản gốc; sửa một dòng thì dòng cấp trên theo
import-table-total-computed = Dòng tổng cộng của bảng: { $blank } số bằng tổng các dòng nên để trống, vanban tự cộng và in như bản gốc
import-legal-normative = Văn bản quy phạm pháp luật: câu ban hành thay cho `QUYẾT ĐỊNH:`
import-no-authority = Không thấy dòng thẩm quyền ban hành dưới trích yếu
import-table-in-article = Một bảng nằm trong một Điều: Điều của quyết định chỉ chứa chữ, nên mỗi dòng của bảng được ghi thành một đoạn, các ô cách nhau bằng ` | `; hãy viết lại thành các khoản, hoặc đưa bảng vào một phụ lục (`appendices`)
import-before-article = Một đoạn đứng trước Điều 1 được giữ trong Điều 1: `{ $text }…`
import-articles-found = { $count } Điều
import-meeting-missing = Không thấy dòng `{ $key }` trong giấy mời
import-meeting-found = Cuộc họp: { $keys }
import-label-missing = Không thấy dòng `{ $label }`
import-no-valid-until = Không thấy `Giấy này có giá trị đến hết ngày …`: kiểm tra `valid_until`
import-intro-left-out = Bỏ ra phần chữ trước `Ông (bà)`: `{ $text }`
import-introduction-found = Người được giới thiệu, nơi đến, việc cần làm và thời hạn
import-opened-unread = Không đọc được `Thời gian bắt đầu:{ $text }` thành giờ
import-before-content = Bỏ ra một dòng trước `Nội dung:`: `{ $text }`
import-minutes-missing = Không thấy dòng `{ $key }` trong biên bản
import-no-opened = Không thấy `Thời gian bắt đầu:`: kiểm tra `opened`
import-no-closed = Không thấy dòng `… kết thúc vào …`: kiểm tra `closed`
import-block-title-missing = Không thấy chức vụ của { $who }
import-minutes-signers-found = Phần chữ ký của thư ký và của chủ tọa
import-no-sender = Không thấy dòng `… điện:` dưới trích yếu
import-sender-found = Nơi gửi điện và { $count } nơi nhận điện
import-leave-unread = Không đọc được các câu của giấy nghỉ phép: hãy điền các trường của nó
import-leave-title = Giấy nghỉ phép không in trích yếu: `title` (dùng cho sổ văn bản) được tạo từ tên người nghỉ
import-leave-found = Lời đề nghị, người nghỉ, thời gian nghỉ và chế độ nghỉ
import-party-missing = Không thấy dòng `{ $who }:`
import-contract-found = Hai bên và { $count } Điều
import-contract-title-missing = Không thấy chức vụ của một người ký
