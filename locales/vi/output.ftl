# Thông báo của giai đoạn output (xem src/i18n.rs).

## Xuất DOCX (src/docx/)
docx-unsupported = { $what } chưa có dạng DOCX trong phiên bản vanban này: bản DOCX sẽ khác bản PDF nên vanban không xuất
    .hint = xuất bản PDF (-o ten-tep.pdf), hoặc bỏ phần này ra khỏi bản dự thảo DOCX
docx-part-type = Loại văn bản { $type }
docx-part-attached-type = { $type } ban hành kèm theo quyết định
docx-part-table-errors = Bảng đang có lỗi
docx-self-check-unreadable = vanban không đọc lại được tệp DOCX vừa tạo để đối chiếu với tệp YAML ({ $error })
    .hint = Đây là lỗi của vanban, không phải của tệp; chưa có tệp nào được ghi. Xin báo lỗi kèm tệp YAML
docx-name-too-wide = Từ `{ $word }…` trong tên cơ quan rộng { $width } mm, không vừa cột trái của phần đầu ({ $column } mm)
    .hint = Ngắt từ đó bằng dấu cách hoặc rút ngắn lại; chưa có tệp nào được ghi
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

## Dàn trang và xuất tệp (src/typeset/); thông báo riêng của typst giữ nguyên như typst viết
typst-panic = Bộ dàn trang dừng vì một lỗi nội bộ
    .hint = Đây là lỗi của typst hoặc vanban; xin báo lỗi kèm tệp YAML
typeset-image = Ảnh { $path } { $problem }
export-pdf-failed = Không xuất được PDF: { $message }
export-no-page = Không có trang này
export-png-too-large = Một trang ở độ phân giải { $ppi } điểm ảnh mỗi inch sẽ có { $pixels } điểm ảnh; mỗi trang PNG giới hạn ở { $max } điểm ảnh
    .hint = Dùng --ppi nhỏ hơn (với trang này, tối đa { $most })
export-png-failed = Không mã hóa được ảnh PNG: { $error }
export-sign-fields = Không thêm được các ô chữ ký số: { $error }
export-sign-fields-unreadable = không đọc lại được tệp PDF ({ $error })
export-sign-fields-no-catalog = tệp PDF không có mục lục (catalog)
export-sign-fields-no-page = không có trang { $page }
export-sign-fields-unwritable = không ghi được các ô ({ $error })
# Ghi chú của lệnh `vanban fonts` về phông chữ ưu tiên.
fonts-style-missing = Không tìm thấy { $family } { $style }
fonts-letters-missing = { $family } { $style } ({ $origin }) thiếu { $count } chữ cái tiếng Việt, ví dụ { $sample }
fonts-using-embedded = Dùng phông { $family } có sẵn trong vanban (cùng kích thước chữ) để thay
fonts-origin-embedded = có sẵn trong vanban

## Ảnh chữ ký và ảnh con dấu (src/load/images.rs, src/load/images/png_chunks.rs)
# Điều sai của một tệp PNG, nói sau "Ảnh con dấu TỆP ".
png-not-png = không phải tệp PNG
png-damaged = bị hỏng: { $how }
png-damaged-truncated = tệp kết thúc giữa chừng một khối dữ liệu (chunk)
png-damaged-type = có một khối dữ liệu (chunk) không có kiểu hợp lệ
png-damaged-past-end = khối { $chunk } vượt quá cuối tệp
png-damaged-no-header = tệp không bắt đầu bằng phần đầu (khối IHDR)
png-damaged-icc-name = hồ sơ màu (khối iCCP) không có tên hợp lệ
png-damaged-icc-method = hồ sơ màu (khối iCCP) dùng một cách nén không rõ
png-damaged-icc-data = hồ sơ màu (khối iCCP) không phải dữ liệu nén hợp lệ
png-too-many-chunks = bị chia thành hơn { $max } khối dữ liệu (chunk), số khối nhiều nhất vanban đọc trong một tệp PNG
png-icc-too-large = mang một hồ sơ màu (khối iCCP) khi giải nén vượt quá { $mb } MB, giới hạn cho một hồ sơ màu
png-unknown-critical = có khối `{ $chunk }` mà các trình đọc PNG không biết, lại được đánh dấu là bắt buộc
png-unreadable = không đọc được thành ảnh PNG ({ $error })
png-no-alpha = không có kênh trong suốt (alpha)
png-hint-not-png = Lưu ảnh thành PNG với nền trong suốt
png-hint-icc = Lưu lại ảnh không kèm hồ sơ màu (dạng sRGB), ví dụ `optipng -strip all FILE`
png-hint-resave = Mở ảnh trong một trình sửa ảnh rồi lưu lại thành PNG với nền trong suốt
# `signature` hoặc `seal`: ảnh chữ ký của người ký, hoặc ảnh con dấu.
image-problem = Ảnh { $what ->
        [signature] chữ ký
       *[seal] con dấu
    } { $path } { $problem }
seal-size = Con dấu đường kính { $diameter } không phải cỡ dấu thật; con dấu có đường kính từ 20 đến 60 mm
    .hint = Ghi đường kính của con dấu thật, ví dụ 35mm
image-backslash = `{ $path }` có dấu gạch ngược (\)
    .hint = Viết `{ $fixed }`: đường dẫn trong vanban dùng dấu `/`, cả trên Windows
image-inside-hint = Đặt ảnh trong thư mục chứa tệp YAML (hoặc thư mục con của nó) và ghi đường dẫn tính từ đó
image-absolute = `{ $path }` là đường dẫn tuyệt đối
    .hint = Viết `{ $relative }`: đường dẫn tính từ tệp YAML, để có thể chuyển cả thư mục đi nơi khác
image-outside = `{ $path }` nằm ngoài thư mục của văn bản
image-folder = { $path } là một thư mục, không phải ảnh { $what ->
        [signature] chữ ký
       *[seal] con dấu
    }
    .hint = Ghi đường dẫn của tệp PNG nằm trong thư mục đó
image-missing = Không tìm thấy ảnh { $what ->
        [signature] chữ ký
       *[seal] con dấu
    } { $path }
    .hint = Ghi đường dẫn của một tệp ảnh PNG, tính từ thư mục chứa tệp YAML
image-not-regular = Ảnh { $what ->
        [signature] chữ ký
       *[seal] con dấu
    } { $path } là { $kind }, không phải một tệp
image-too-large = Ảnh { $what ->
        [signature] chữ ký
       *[seal] con dấu
    } nặng { $size } MB; vanban đọc ảnh tối đa { $max } MB
    .hint = Quét ở 300 dpi và cắt ảnh sát chữ ký hoặc con dấu
image-unreadable = Không đọc được { $path }: { $cause }
    .hint = Kiểm tra quyền đọc của tệp
image-read-not-regular = đây là { $kind }
image-read-grew = tệp đã lớn quá giới hạn kích thước
image-pixels = Ảnh { $what ->
        [signature] chữ ký
       *[seal] con dấu
    } có { $width }×{ $height } điểm ảnh; mỗi cạnh cần từ { $min } đến { $max } điểm ảnh
    .hint = Quét bản gốc ở 300 dpi
image-opaque = Ảnh { $what ->
        [signature] chữ ký
       *[seal] con dấu
    } không có nền trong suốt; ảnh sẽ che mất chữ bên dưới
    .hint = Xóa nền (làm trong suốt) rồi lưu thành PNG có kênh alpha
image-resolution = Ảnh con dấu in ra ở { $dpi } dpi ({ $width } điểm ảnh trên { $mm } mm); dấu sẽ bị mờ
    .hint = Dùng bản quét ít nhất 200 dpi (300 dpi thì tốt hơn)
seal-shape = Ảnh con dấu có { $width }×{ $height } điểm ảnh, không tròn; dấu được vẽ rộng { $mm } mm
    .hint = Cắt ảnh theo đường tròn của con dấu
image-colour = { $what ->
        [signature] Ảnh chữ ký không phải chủ yếu màu xanh
       *[seal] Ảnh con dấu không phải chủ yếu màu đỏ
    }
    .signature = NĐ30 quy định chữ ký bằng mực màu xanh (Phụ lục I, II.7.d)
    .seal = NĐ30 quy định dấu màu đỏ (Phụ lục I, II.8.a)

## In nhiều văn bản cùng lúc (src/batch.rs)
batch-not-rendered = Văn bản này chưa được in
batch-crashed = vanban gặp sự cố khi in { $path }: { $cause }
    .hint = Đây là lỗi của vanban; xin báo lỗi kèm văn bản này. Các văn bản khác vẫn được in
batch-unknown-cause = không rõ nguyên nhân
batch-cannot-write = Không ghi được { $path }: { $error }

## Ghi tệp kết quả (src/output.rs)
output-folder-missing = thư mục { $path } không có; hãy tạo thư mục trước, hoặc ghi vào chỗ khác
output-folder-no-new-files = thư mục { $path } có, nhưng không cho tạo tệp mới trong đó (thư mục đặc biệt của hệ thống, như /proc); hãy ghi vào một thư mục thường, ví dụ thư mục của văn bản
output-folder-readonly = thư mục { $path } không cho ghi vào
output-folder-has-name = đã có một thư mục mang tên này
png-buffer-too-large = quá lớn để giải nén trong bộ nhớ
