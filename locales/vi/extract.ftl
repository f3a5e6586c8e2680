# Những gì `vanban extract` nói (src/cmd/extract.rs) và lý do không đọc được
# các tệp đính kèm của một PDF (src/extract.rs).

extract-cannot-read = không đọc được { $path }: { $cause }
    .hint = ghi đường dẫn của một tệp PDF đã xuất với --attach-source
extract-not-regular = đây là { $kind }, không phải một tệp
extract-too-large = { $path } nặng { $mb } MB; vanban đọc tệp PDF tối đa { $max } MB (limits::EXTRACT_MAX_FILE_BYTES): một PDF do vanban xuất nhẹ hơn nhiều
    .hint = nếu tin tệp PDF này, hãy lấy các tệp đính kèm bằng công cụ khác, ví dụ `pdfdetach -saveall`
extract-no-source = { $path } không có tệp YAML đính kèm; hãy xuất lại văn bản với --attach-source hoặc --pdf-standard a-3b
extract-bad-name = { $path } đặt tên cho tệp YAML của nó là `{ $name }`, tên này { $problem }
    .hint = ghi tên tệp cần ghi bằng -o, ví dụ -o ke-hoach.yaml
extract-too-many = { $path } có { $count } tệp đính kèm; vanban chỉ lấy ra nhiều nhất { $max } tệp
extract-is-input = { $path } là chính tệp PDF đang đọc; vanban không bao giờ ghi đè tệp đầu vào, kể cả với --force
    .hint = ghi tệp YAML vào chỗ khác bằng -o
extract-same-target = { $pdf } có hai tệp cùng sẽ được ghi vào { $path }
    .hint = ghi tệp YAML dưới tên khác bằng -o
extract-through-link = { $path } là liên kết tượng trưng; vanban không ghi qua liên kết
    .hint = lấy tệp ra một thư mục không có liên kết (-o thu-muc-khac/ke-hoach.yaml)
extract-not-a-file = { $path } đã có và là { $kind }; vanban chỉ ghi vào tệp
    .hint = ghi vào chỗ khác bằng -o
extract-exists = { $path } đã có; thêm --force để ghi đè, hoặc dùng -o để ghi vào chỗ khác
extract-unchanged = giữ nguyên { $path } (nội dung không đổi)
extract-cannot-create = không tạo được thư mục { $path }: { $reason }
extract-cannot-commit = không ghi được các tệp lấy ra: { $reason }
extract-wrote = đã ghi { $path }
extract-refused = { $pdf } có tệp đính kèm `{ $name }`, tên này { $problem }
    .hint = vanban chỉ đính kèm tệp YAML và các ảnh PNG (hoặc kế hoạch) mà văn bản ghi tên; chưa ghi tệp nào

## Vì sao không ghi được một tên lưu trong PDF (sau "…, tên này")
extract-name-not-yaml = không phải tên tệp YAML
extract-name-not-relative = không phải đường dẫn tương đối đơn giản
extract-name-not-utf8 = không phải chữ UTF-8
extract-name-too-deep = nằm sâu { $depth } cấp thư mục; vanban chỉ ghi sâu nhiều nhất { $max } cấp dưới tệp YAML
extract-name-empty = để trống
extract-name-folder = là tên thư mục, không phải tệp
extract-name-separator = có dấu phân cách thư mục
extract-name-control = có ký tự điều khiển
extract-name-hidden = bắt đầu bằng `.` (tệp hoặc thư mục ẩn)
extract-name-kind = không phải tệp YAML (.yaml, .yml) cũng không phải ảnh PNG

## Đọc các tệp đính kèm của PDF (src/extract.rs)
extract-elsewhere = nếu tin tệp PDF này, hãy lấy các tệp đính kèm bằng công cụ khác, ví dụ `pdfdetach -saveall`
extract-pdf-bomb = một phần nén của PDF khi giải nén vượt quá { $mb } MB, giới hạn cho một luồng dữ liệu; tệp bị hỏng hoặc là "bom giải nén", không phải PDF do vanban viết; { $elsewhere }
extract-not-a-pdf = tệp này không phải PDF (một tệp PDF bắt đầu bằng `%PDF-`); hãy đưa tệp PDF do vanban xuất với `--attach-source`
extract-not-pdf = không phải tệp PDF vanban đọc được ({ $error })
extract-no-catalog = tệp PDF không có mục lục (catalog) ({ $error })
extract-too-many-nodes = danh sách tệp đính kèm của PDF có hơn { $max } nút và mục, nhiều nhất vanban đọc; vanban chỉ đính kèm vài tệp; { $elsewhere }
extract-too-deep = danh sách tệp đính kèm của PDF lồng sâu hơn { $max } cấp, nhiều nhất vanban đọc; { $elsewhere }
extract-no-data = tệp đính kèm { $name } không có dữ liệu
extract-cannot-inflate = không giải nén được tệp đính kèm { $name } ({ $error })
extract-file-too-large = tệp đính kèm { $name } khi giải nén vượt quá { $mb } MB, giới hạn cho một tệp đính kèm; tệp bị hỏng hoặc là "bom giải nén", không phải tệp do vanban đính kèm; { $elsewhere }
extract-files-too-large = các tệp đính kèm khi giải nén vượt quá { $mb } MB cộng lại (tại { $name }), giới hạn cho một PDF; vanban đính kèm ít hơn nhiều; { $elsewhere }
