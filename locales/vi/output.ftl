# Thông báo của giai đoạn output (xem src/i18n.rs).

## Xuất DOCX (src/docx/)
docx-unsupported = { $what } chưa có dạng DOCX trong phiên bản vanban này: bản DOCX sẽ khác bản PDF nên vanban không xuất
    .hint = xuất bản PDF (-o ten-tep.pdf), hoặc bỏ phần này ra khỏi bản dự thảo DOCX
docx-part-type = Loại văn bản { $type }
docx-part-attached-type = { $type } ban hành kèm theo quyết định
docx-part-appendix = Phụ lục
docx-part-table-errors = Bảng đang có lỗi
docx-part-forms = Mẫu biểu (mẫu) kèm theo kế hoạch
docx-part-solutions-item = Mục có số thứ tự hoặc đề mục con trong phần nhiệm vụ, giải pháp
docx-image-unreadable = Không đọc được `{ $path }` thành ảnh PNG
    .hint = ghi đường dẫn của một tệp ảnh PNG, tính từ thư mục chứa tệp YAML

## Bước tự kiểm tra của mỗi lần in (src/verify/)
self-check-text-summary = mọi chữ của mỗi trường được in đều có trên các trang đã dàn, đúng thứ tự (kiểm tra ở mỗi lần in)
    .rule = cam kết của vanban: văn bản in ra nói đúng điều tệp YAML viết
self-check-place-summary = không có chữ, đường kẻ hay ảnh nào nằm ngoài vùng trình bày; hai cột của phần đầu không chồng lên nhau (mỗi lần in)
    .rule = NĐ30 Phụ lục I, mục I.5 (lề trang) và Sơ đồ (ô 1–2)
self-check-text-budget = vanban không đối chiếu được trường này với các trang in trong giới hạn cho phép ({ $budget } phép so sánh, { $per } cho mỗi ký tự); chưa có tệp nào được ghi
    .hint = Việc này chỉ xảy ra với chữ lặp lại rất nhiều lần, như một chữ cái lặp hàng nghìn lần: hãy viết thành lời
self-check-text-missing = Chữ của trường này không có trên các trang in: `{ $text }`
    .hint = Đây là lỗi của vanban, không phải của tệp; chưa có tệp nào được ghi. Xin báo lỗi kèm tệp YAML
self-check-text-altered = Các trang in không thể hiện trường này đúng như đã viết: `{ $missing }` sau `{ $before }` bị thiếu hoặc bị đổi (bản in: `{ $printed }`)
    .hint = Đây là lỗi của vanban, không phải của tệp; chưa có tệp nào được ghi. Xin báo lỗi kèm tệp YAML
# Thứ nằm ra ngoài: một đoạn chữ, một đường kẻ, một ảnh.
self-check-place-what = { $kind ->
        [rule] Một đường kẻ
        [image] Một ảnh
       *[text] `{ $text }`
    }
self-check-place-past = vượt lề { $edge ->
        [left] trái
        [right] phải
       *[bottom] dưới
    } { $mm } mm
self-check-place-header = cột { $side ->
        [left] trái
       *[right] phải
    } của phần đầu lấn sang cột bên kia { $mm } mm
self-check-place = { $what } được in ra ngoài vùng trình bày ở trang { $page }: { $how }
    .hint = Có một từ quá dài so với cột hoặc một bảng quá rộng so với trang: ngắt từ đó (bằng dấu cách, hoặc `-` trong một mã), rút ngắn chữ, hoặc cho cột rộng hơn; chưa có tệp nào được ghi
self-check-place-ours = { $what } được in ra ngoài vùng trình bày ở trang { $page }: { $how }
    .hint = Chữ do vanban tự viết nằm sai chỗ: đây là lỗi của vanban; chưa có tệp nào được ghi. Xin báo lỗi kèm tệp YAML

## Sổ đăng ký văn bản đi (src/register/)
register-readonly-old = Sổ đăng ký { $path } có lược đồ phiên bản { $version } và chỉ cho đọc, nên vanban không nâng được lên phiên bản { $current }
    .hint = Cho phép ghi tệp một lần, hoặc đọc một bản sao của sổ
register-name-hint = Ghi tên tệp sổ đăng ký bằng --register hoặc biến VANBAN_REGISTER
register-dangling-link = Sổ đăng ký { $path } là liên kết tượng trưng tới { $target }, nhưng tệp đó không có; vanban không tạo sổ đăng ký qua một liên kết
register-cannot-open = Không mở được sổ đăng ký { $path }: { $error }
    .hint = Kiểm tra thư mục của sổ có tồn tại và bạn có quyền ghi vào đó
register-not-a-file = Sổ đăng ký { $path } là { $kind ->
        [folder] một thư mục
       *[other] một tệp đặc biệt, không phải tệp thường
    }; chưa lấy số nào
register-no-wal = Sổ đăng ký { $path } không dùng được chế độ WAL (nhật ký của nó đang ở chế độ { $mode })
    .hint = Để sổ đăng ký trên ổ đĩa của máy; WAL cần bộ nhớ dùng chung mà thư mục mạng không có
register-readonly = Sổ đăng ký { $path } chỉ cho đọc; chưa lấy số nào
    .hint = Cấp số bằng sổ đăng ký ghi được của cơ quan (chmod u+w, hoặc một bản sao bạn được ghi)
register-not-reserved = Mục { $id } không phải một số đang giữ chỗ
register-no-entry = Sổ đăng ký không có mục { $id }
register-no-file-recorded = Không ghi nhận tệp nào
register-locked = Sổ đăng ký { $path } bị một chương trình khác khóa suốt { $seconds } giây; chưa lấy số nào
    .hint = Chờ vanban kia (hoặc chương trình đang giữ tệp) làm xong, rồi cấp số lại
register-corrupt = Sổ đăng ký { $path } bị hỏng hoặc không phải sổ đăng ký ({ $error }); chưa lấy số nào
    .hint = Khôi phục sổ đăng ký từ bản sao lưu gần nhất; vanban không cấp số từ một sổ bị hỏng
register-failed = Sổ đăng ký { $path } gặp lỗi: { $error }
    .hint = Kiểm tra tệp sổ đăng ký; chưa có văn bản nào được cấp số
register-foreign = { $path } là tệp SQLite nhưng không phải sổ đăng ký của vanban
    .hint = Ghi tên sổ đăng ký của cơ quan bằng --register hoặc biến VANBAN_REGISTER; vanban không cấp số từ tệp này
register-schema = { $path } có lược đồ phiên bản { $version }, do một vanban mới hơn ghi; vanban này chỉ biết phiên bản { $current }
    .hint = Cấp số bằng vanban mới hơn, hoặc cập nhật vanban này; chưa lấy số nào
