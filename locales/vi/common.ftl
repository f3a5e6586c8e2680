# Các từ dùng chung khi vanban báo lỗi (mọi lệnh).
# Mã lỗi và tên quy tắc (unknown-field, bases-order) giữ nguyên, không dịch.

## Cách trình bày một thông báo lỗi
diag-error = lỗi
diag-warning = cảnh báo
diag-note = ghi chú
diag-field = trường: { $path }
diag-hint = cách sửa: { $hint }
diag-rule = quy định: { $rule }

## Lý do hệ điều hành đưa ra khi đọc hoặc ghi tệp không được (src/i18n.rs,
## io_reason); loại lỗi khác giữ nguyên lời của hệ điều hành
os-not-found = không có tệp hoặc thư mục này
os-permission-denied = không có quyền truy cập
os-already-exists = tệp đã có
os-is-a-directory = đây là một thư mục, không phải tệp
os-not-a-directory = một phần của đường dẫn không phải thư mục
os-directory-not-empty = thư mục không trống
os-invalid-data = nội dung không phải văn bản UTF-8 hoặc bị hỏng
os-storage-full = ổ đĩa đã đầy
os-quota-exceeded = đã dùng hết dung lượng được cấp trên ổ đĩa
os-file-too-large = tệp quá lớn so với ổ đĩa
os-read-only-filesystem = ổ đĩa chỉ cho đọc
os-crosses-devices = không chuyển được tệp sang ổ đĩa khác
os-invalid-filename = tên tệp không hợp lệ (quá dài hoặc có ký tự không dùng được)
os-busy = tệp đang được một chương trình khác dùng
os-unexpected-eof = tệp kết thúc giữa chừng
os-interrupted = thao tác bị ngắt
os-timed-out = quá thời gian chờ
os-too-many-links = đường dẫn có quá nhiều liên kết tượng trưng (có thể là vòng lặp)
os-stale-network-file = tệp trên ổ mạng không còn truy cập được; hãy kết nối lại ổ mạng
