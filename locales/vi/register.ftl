# Những gì `vanban register` in ra: danh sách, xem một số, xuất, đối chiếu
# (src/cmd/register.rs).

register-cmd-missing = không có sổ đăng ký ở { $path }
    .hint = chạy vanban trong thư mục của cơ quan, hoặc ghi sổ đăng ký bằng --register hoặc { $var }
register-cmd-unknown-type = không có loại văn bản `{ $key }`; các loại là { $types }
register-cmd-filter-year = {" "}năm { $year }
register-cmd-filter-type = {" "}loại { $kind }
register-cmd-empty = sổ đăng ký { $path } chưa có số nào{ $filter }
register-cmd-no-number = sổ đăng ký không có số { $number }{ $filter }
register-cmd-series-secret = , sổ mật
register-cmd-series = , sổ { $series }
register-cmd-heading = { $body } năm { $year }{ $series }
register-cmd-cancelled = [đã hủy: { $reason }]
register-cmd-no-reason = không ghi lý do
register-cmd-reserved = [đã lấy số, chưa ghi nhận văn bản: lần chạy đã dừng trước khi ghi PDF]

## `vanban register show`: nhãn từng dòng
register-show-so = Số, ký hiệu
register-show-date = Ngày
register-show-title = Tên loại, trích yếu
register-show-signer = Người ký
register-show-recipients = Nơi nhận
register-show-copies = Số lượng bản
register-show-archive = Đơn vị lưu
register-show-note = Ghi chú
register-show-status = Tình trạng
register-show-yaml = Tệp YAML
register-show-pdf = Tệp PDF
register-show-sha = SHA-256
register-show-taken-at = Lấy số lúc
register-status = { $status ->
    [issued] đã ban hành
    [cancelled] đã hủy
   *[reserved] đã lấy số, chưa ban hành
}

## `vanban register verify`
register-verify-changed = đã thay đổi: { $so } ({ $year }) { $file }: SHA-256 hiện là { $now }, sổ ghi { $recorded }
register-verify-missing = không còn: { $so } ({ $year }) { $file }: { $reason }
register-verify-reserved = { $count } số đã lấy nhưng chưa được ghi nhận là đã ban hành; `vanban register list` liệt kê các số này
register-verify-summary = { $same }/{ $total } PDF đã ban hành còn đúng như sổ đã ghi

## `vanban register export`
register-export-xlsx-failed = không tạo được bảng tính: { $error }
register-export-is-register = { $path } chính là sổ đăng ký; hãy ghi tệp xuất ra tên khác
register-export-is-recorded = { $path } là { $kind ->
        [yaml] tệp YAML
       *[other] tệp PDF
    } của văn bản { $so } (năm { $year }) đã ghi trong sổ đăng ký; vanban không bao giờ ghi đè tệp này, kể cả khi có --force
    .hint = Ghi tệp xuất ra tên khác, ví dụ --csv so-van-ban-di.csv hoặc --xlsx so-van-ban-di.xlsx
register-export-exists = { $path } đã có; vanban không ghi đè tệp có sẵn
    .hint = Thêm --force nếu đúng là muốn thay tệp này bằng bản xuất, hoặc ghi ra tên khác
register-export-wrote = đã ghi { $path } ({ $count } mục{ $filter })
