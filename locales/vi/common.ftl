# Các từ dùng chung khi vanban báo lỗi (mọi lệnh).
# Mã lỗi và tên quy tắc (unknown-field, bases-order) giữ nguyên, không dịch.

## Cách trình bày một thông báo lỗi
diag-error = lỗi
diag-warning = cảnh báo
diag-note = ghi chú
diag-field = trường: { $path }
diag-hint = cách sửa: { $hint }
diag-rule = quy định: { $rule }
