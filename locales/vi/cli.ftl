# Thông báo của dòng lệnh: --help, lỗi cách gọi lệnh, những gì mỗi lệnh in
# ra (xem src/cmd/, src/i18n.rs).

## --help: các từ của clap
cli-usage = Cách dùng
cli-heading-commands = Lệnh
cli-heading-arguments = Đối số
cli-heading-options = Tùy chọn
cli-value-command = LỆNH
cli-possible-values = giá trị: { $values }
cli-default = mặc định: { $value }
cli-env = biến môi trường: { $name }

## --help: từng lệnh (cli-TÊN) và đối số (cli-TÊN-ĐỐISỐ; đối số dùng chung
## cho nhiều lệnh: cli-arg-ĐỐISỐ)
cli = Soạn văn bản hành chính từ tệp YAML, trình bày theo Nghị định 30/2020/NĐ-CP
cli-arg-help = In trợ giúp
cli-arg-version = In số phiên bản
cli-arg-lang = Ngôn ngữ của thông báo: vi (mặc định) hoặc en; nếu không ghi, môi trường tiếng Anh (LANG=en_US.UTF-8) sẽ chọn tiếng Anh
cli-arg-allowed = Chấp nhận một quy tắc kiểm tra cho lần chạy này (có thể ghi nhiều lần): các lỗi của quy tắc đó chỉ còn là ghi chú. `vanban check --rules` cho biết quy tắc nào được chấp nhận; trong văn bản thì ghi một lần ở `allow:`
cli-arg-font-paths = Một thư mục có thêm phông chữ (ví dụ Times New Roman); có thể ghi nhiều lần
cli-arg-system-fonts = Dùng cả phông chữ của hệ điều hành (để tìm Times New Roman)
cli-arg-force = Ghi đè tệp đã có
cli-arg-register = Sổ đăng ký văn bản đi của cơ quan (mặc định: $VANBAN_REGISTER, nếu không có thì vanban-register.sqlite trong thư mục hiện tại)
cli-help = In trợ giúp chung hoặc trợ giúp của (các) lệnh đã nêu
cli-help-subcommand = In trợ giúp của (các) lệnh

cli-render = Xuất văn bản ra PDF (hoặc tệp Word DOCX, mã nguồn Typst, trang PNG, SVG)
cli-render-inputs = Các văn bản YAML cần xuất: tệp, thư mục (các tệp .yaml trong đó) hoặc mẫu tên ("data/*.yaml"). Nhiều văn bản được xuất song song
cli-render-jobs = Số văn bản xuất cùng lúc (mặc định: mỗi lõi CPU một văn bản)
cli-render-out-dir = Ghi PDF của nhiều văn bản vào thư mục này
cli-render-format = Định dạng các tệp --out-dir ghi ra (như --format của typst): pdf (mặc định) hoặc docx. Với -o, phần mở rộng của tên tệp quyết định
cli-render-output = Tệp kết quả; phần mở rộng quyết định định dạng: .pdf, .typ (mã nguồn Typst được tạo), .png hoặc .svg (mỗi trang một tệp: ghi `{"{"}p{"}"}` vào tên), .docx (Word). Mặc định: tên tệp vào, đuôi .pdf
cli-render-ppi = Độ phân giải trang PNG, tính bằng điểm ảnh mỗi inch (từ 1 đến 2400)
cli-render-force = Cho phép ghi đè tệp không do vanban viết (thư viện trình bày đặt cạnh tệp .typ)
cli-render-draft = Để trống số, ngày và tháng, dù YAML ghi gì, để văn thư hoặc phần mềm ký số điền
cli-render-watermark = Bản xem xét: chữ `DỰ THẢO` trên mọi trang, số và ngày để trống, không có hình chữ ký và con dấu. Không dùng cho văn bản chính thức
cli-render-sign-fields = Ghi thêm NAME.fields.json cạnh NAME.pdf: trang và khung của số, ngày, chữ ký và con dấu, cho phần mềm ký số
cli-render-pdf-standard = PDF lưu trữ: a-2b (PDF/A-2b) hoặc a-3b (PDF/A-3b, kèm tệp YAML)
cli-render-form-fields = Thêm ô chữ ký chưa ký vào chỗ chữ ký và con dấu, để trình đọc PDF và phần mềm ký số mời "ký vào đây"
cli-render-attach-source = Đính kèm tệp YAML vào PDF (`vanban extract` lấy lại được)
cli-render-copy = In bản sao (sao y, sao lục, trích sao), phần ghi bản sao đặt sau nội dung; `copy:` của văn bản ghi ai sao
cli-render-electronic = Đi với --copy: bản sao điện tử, đóng ở góc trên bên phải trang 1 (ô số 14) thay cho phần ghi bản sao giấy
cli-render-appendices-apart = Ban hành mỗi phụ lục thành một tệp PDF riêng (NAME-phu-luc-I.pdf …) cạnh PDF chính, khi đó PDF chính không còn phụ lục: các tệp điện tử riêng theo §4 NĐ30, dòng `(Kèm theo … số … ngày …)` để phần mềm ký số điền
cli-render-form = Chỉ in mẫu số N, thành mẫu trắng để phát: trang của mẫu như trong văn bản đầy đủ, không có phần đầu, người ký, số trang (tệp mặc định NAME-mau-01.pdf …)

cli-check = Kiểm tra văn bản theo quy định của NĐ30 và các quy tắc nhất quán
cli-check-inputs = Các văn bản YAML cần kiểm tra
cli-check-format = Định dạng kết quả
cli-check-rules = Liệt kê các quy tắc kiểm tra, không kiểm tra văn bản

cli-diff = Những gì đã thay đổi giữa hai phiên bản của một văn bản
cli-diff-old = Phiên bản trước (ví dụ kế hoạch năm ngoái): tệp của nó, hoặc số và ký hiệu như sổ đăng ký đã ghi (`01/KH-UBND`)
cli-diff-new = Phiên bản sau
cli-diff-year = Năm ban hành của OLD khi OLD ghi bằng số/ký hiệu (mặc định: năm trước năm của NEW, rồi năm của NEW)
cli-diff-format = Định dạng kết quả
cli-diff-register = Sổ đăng ký văn bản đi của cơ quan (mặc định: $VANBAN_REGISTER, nếu không có thì vanban-register.sqlite trong thư mục hiện tại); chỉ đọc, và chỉ khi sổ đã có

cli-extract = Lấy lại tệp YAML từ một PDF có đính kèm nó
cli-extract-input = Một PDF xuất với --attach-source hoặc --pdf-standard a-3b
cli-extract-output = Nơi ghi tệp YAML. Mặc định: tên của chính nó, cạnh tệp PDF

cli-import = Chuyển văn bản năm trước (tệp Word .docx, PDF hoặc văn bản thuần) thành YAML của vanban
cli-import-doc-type = Loại văn bản khi nội dung không cho biết (ke-hoach, bao-cao … hoặc tên tiếng Việt)
cli-import-input = Văn bản: `.docx`, `.pdf` (có lớp chữ) hoặc `.txt` (`-` để đọc từ đầu vào chuẩn)
cli-import-output = Nơi ghi tệp YAML; nếu không ghi thì đặt cạnh tệp vào với đuôi `.yaml` (đầu ra chuẩn khi đọc từ `-`)

cli-fonts = Liệt kê các phông chữ vanban dùng được và phông chữ văn bản đang dùng
cli-fonts-all = Liệt kê mọi phông chữ tìm thấy, không chỉ các phông Times New Roman và họ phông có sẵn trong vanban

cli-rollover = Soạn bản dự thảo năm sau của một văn bản
cli-rollover-input = Văn bản của năm nay
cli-rollover-year = Năm mới; mặc định: năm sau năm của văn bản
cli-rollover-output = Tệp dự thảo cần ghi; mặc định: tên tệp vào, đổi năm
cli-rollover-cite-previous = Thêm văn bản năm nay vào căn cứ của văn bản năm sau (số và ngày lấy từ sổ đăng ký khi YAML chưa có)
cli-rollover-register = Sổ đăng ký văn bản đi của cơ quan, nơi --cite-previous tìm văn bản năm nay (mặc định: $VANBAN_REGISTER, nếu không có thì vanban-register.sqlite trong thư mục hiện tại)
cli-rollover-stale-years = Báo những căn cứ cũ hơn số năm này

cli-issue = Ban hành văn bản: lấy số và ngày từ sổ đăng ký, xuất PDF, ghi vào sổ
cli-issue-input = Văn bản cần ban hành: `number` của nó để trống (null)
cli-issue-output = Tệp PDF cần ghi; mặc định: tên tệp vào, đuôi .pdf
cli-issue-date = Ngày ban hành (mặc định: `date` của văn bản, nếu không có thì hôm nay); năm của ngày này chọn dãy số
cli-issue-copies = Số lượng bản (mặc định: mỗi nơi nhận một bản và mỗi mục `Lưu:` một bản)
cli-issue-note = Ghi chú vào sổ đăng ký (một dòng, tối đa 500 ký tự, không có ký tự điều khiển hay vô hình)
cli-issue-pdf-standard = Ghi thêm PDF lưu trữ, NAME.pdfa.pdf: a-2b, hoặc a-3b (kèm tệp YAML)
cli-issue-renumber = Cấp số mới cho văn bản đã có số (mục cũ vẫn giữ trong sổ)
cli-issue-secret = Văn bản mật: lấy số theo dãy số văn bản mật của cơ quan, như mọi văn bản có `secrecy:` trong YAML
cli-issue-series = Một dãy số riêng trong cơ quan, ví dụ cho hội đồng tư vấn dùng con dấu của cơ quan (tối đa 100 ký tự)
cli-issue-force = Vẫn cấp số dù ngày có vẻ sai: sau hôm nay, cách năm `year:` của văn bản quá một năm, hoặc trước năm đầu tiên sổ có số của cơ quan (số đã cấp không lấy lại được)

cli-register = Sổ đăng ký văn bản đi: liệt kê, xem, xuất, đối chiếu
cli-register-year = Chỉ các số của năm này
cli-register-doc-type = Chỉ loại văn bản này (khóa `type:` của nó, ví dụ ke-hoach)
cli-register-list = Mọi số đã cấp, theo năm, cơ quan và dãy số, kèm tình trạng của từng số
cli-register-show = Mọi điều sổ đã ghi về số N
cli-register-show-number = Số văn bản
cli-register-export = Xuất sổ ra tệp CSV hoặc bảng tính (.xlsx), theo các cột của sổ đăng ký văn bản đi
cli-register-export-csv = Tệp CSV cần ghi
cli-register-export-xlsx = Tệp bảng tính cần ghi
cli-register-export-force = Ghi đè tệp đã có (không bao giờ ghi đè chính sổ, hay tệp YAML, PDF mà sổ đã ghi)
cli-register-verify = Đối chiếu từng PDF đã ban hành với mã băm đã ghi trong sổ

cli-watch = Xuất lại văn bản mỗi lần lưu tệp, giữ PDF tốt gần nhất
cli-watch-input = Văn bản YAML cần theo dõi
cli-watch-output = Tệp PDF được cập nhật; mặc định: tên tệp vào, đuôi .pdf

cli-schema = In JSON Schema của định dạng văn bản (cho trình soạn thảo)
cli-schema-output = Ghi schema vào tệp này thay vì đầu ra chuẩn
cli-schema-force = Ghi đè FILE.json nếu tệp đã có và không phải schema do vanban viết

cli-new = Tạo khung một văn bản mới, có các chỗ <<…>> cần điền
cli-new-doc-type = Loại văn bản (`type:` của YAML): ke-hoach, quyet-dinh, bao-cao, cong-van, … hoặc tên tiếng Việt ("thông báo"); ghi loại không có sẽ được liệt kê tất cả
cli-new-output = Nơi ghi khung văn bản; nếu không ghi thì in ra đầu ra chuẩn
cli-new-from = Soạn báo cáo từ Kế hoạch này: mỗi dự án và nhiệm vụ một mục

## Lỗi cách gọi lệnh (lỗi của clap, mã thoát 2)
cli-error-unknown-argument = lệnh này không có tùy chọn `{ $arg }`
cli-error-unknown-command = vanban không có lệnh `{ $command }`
cli-error-invalid-value = `{ $arg }` không nhận giá trị `{ $value }`; hãy dùng một trong: { $valid }
cli-error-missing-value = `{ $arg }` cần một giá trị ghi ngay sau nó
cli-error-value-validation = giá trị `{ $value }` không dùng được cho `{ $arg }`: { $reason }
cli-reason-empty = chưa có số nào
cli-reason-not-a-number = đây không phải số nguyên (chỉ viết các chữ số 0–9)
cli-reason-too-large = số quá lớn
cli-reason-too-small = số quá nhỏ
cli-reason-range = số phải trong khoảng { $range }
cli-error-missing-argument = thiếu `{ $arg }`, đối số bắt buộc
cli-error-conflict = không dùng `{ $arg }` cùng với `{ $other }`
cli-error-missing-command = hãy ghi lệnh cần chạy
cli-error-suggestion = có phải là `{ $suggestion }`?
cli-error-more = Xem thêm: `{ $command } --help`

## Dùng chung cho nhiều lệnh
cli-wrote = đã ghi { $path }
cli-wrote-next = đã ghi { $path }: { $next }
cli-cannot-write = không ghi được { $path }: { $reason }
cli-cannot-write-stdout = không ghi được ra đầu ra chuẩn: { $reason }
cli-source-date-epoch = SOURCE_DATE_EPOCH={ $value } không phải là số giây; dùng ngày của văn bản
cli-output-is-input = tệp kết quả { $path } chính là tệp vào; vanban không bao giờ ghi đè tệp vào
cli-foreign-file = { $path } đã có và không do vanban viết; thêm --force nếu muốn ghi đè
cli-file-exists = { $path } đã có; thêm --force nếu muốn ghi đè

## vanban render
render-output-one-file = -o/--output chỉ ghi một tệp; với nhiều văn bản, hãy dùng --out-dir
render-appendices-apart-one = --appendices-apart chỉ xuất từng văn bản một
render-form-one = --form chỉ in mẫu của từng văn bản một
render-cannot-read-folder = không đọc được thư mục { $folder }: { $reason }
render-folder-no-yaml = thư mục { $folder } không có tệp .yaml nào
render-bad-pattern = mẫu tên { $pattern } viết sai: { $reason }
render-no-match = không có tệp nào khớp với { $pattern }
render-no-out-dir = thư mục kết quả { $folder } không có
render-output-clash = hai văn bản cùng ghi vào { $path }
render-batch-overwrites-input = PDF của { $document } sẽ ghi đè tệp vào { $input }; vanban không bao giờ ghi đè tệp vào
    .hint = ghi PDF vào chỗ khác bằng --out-dir, hoặc đổi tên tệp vào
render-batch-summary = đã xuất { $done }/{ $total } văn bản trong { $seconds } giây{ $failed ->
        [0] {""}
       *[other] ; { $failed } văn bản lỗi:
    }
render-docx-summary = đã ghi { $done }/{ $total } tệp DOCX{ $failed ->
        [0] {""}
       *[other] ; { $failed } văn bản lỗi:
    }
render-unknown-format = không biết định dạng của { $path }: hãy dùng .pdf, .typ, .png, .svg hoặc .docx
render-output-is-library = tệp kết quả { $path } sẽ thay thư viện trình bày mà vanban ghi cạnh mọi tệp .typ
    .hint = đặt tên khác cho tệp .typ, ví dụ tên của tệp YAML với đuôi .typ
render-appendices-apart-pdf = --appendices-apart ghi tệp PDF; hãy đặt tên tệp kết quả *.pdf
render-no-appendices = { $path } không có phụ lục để ban hành riêng
render-form-docx = --form in riêng một mẫu để trống ra PDF, PNG, SVG hoặc Typst; bản DOCX đã có các mẫu cùng cả văn bản
    .hint = đặt tên tệp kết quả là *.pdf để có riêng mẫu đó, hoặc bỏ --form để xuất DOCX
render-sign-fields-pdf = --sign-fields mô tả một tệp PDF; hãy ghi ra .pdf
render-page-pattern = văn bản có { $pages } trang; hãy ghi {"{"}p{"}"} vào tên tệp kết quả (ví dụ trang-{"{"}p{"}"}.png)
render-overwrites-input = { $path } sẽ ghi đè { $input } ({ $what ->
        [document] chính văn bản
       *[read] một tệp văn bản đọc vào
    }); vanban không bao giờ ghi đè tệp vào
    .hint = đặt tên khác cho tệp kết quả bằng -o, hoặc đổi tên tệp vào
render-outputs-same-name = hai tệp kết quả cùng tên { $path }
    .hint = đặt tên khác cho tệp kết quả bằng -o
render-cannot-commit = không ghi được các tệp kết quả: { $reason }
render-docx-refuses = { $flag } chỉ dùng cho PDF; DOCX không có phần này
    .hint = đặt tên tệp kết quả *.pdf, hoặc bỏ { $flag } khi xuất DOCX
render-ppi-range = độ phân giải phải là một số từ { $min } đến { $max } điểm ảnh mỗi inch

## vanban check
check-summary = { $file }: { $errors } lỗi, { $warnings } cảnh báo{ $notes ->
        [0] {""}
       *[other] , { $notes } đã chấp nhận (ghi chú)
    }

## vanban new
new-unknown-type = không có loại văn bản `{ $name }`; các loại có: { $types }
new-from-not-plan = { $path } là { $kind }, không phải Kế hoạch
    .hint = --from cần tệp YAML của một Kế hoạch (`type: ke-hoach`), Kế hoạch mà báo cáo này báo cáo việc thực hiện; hoặc bỏ --from để có bản khung trống
new-from-only-bao-cao = --from chỉ dùng để soạn báo cáo (bao-cao) từ một Kế hoạch
new-next = hãy điền mọi chỗ <<…>>, rồi chạy `vanban render { $path }`
new-schema-comment =
    Để trình soạn thảo gợi ý khi gõ: chạy `vanban schema -o vanban.schema.json`, rồi
    đưa dòng dưới đây lên làm dòng đầu tiên:

## vanban rollover
rollover-no-year-in-name = tên tệp không có năm { $year } để đổi; hãy đặt tên bản dự thảo bằng -o
rollover-replaces-source = bản dự thảo sẽ thay chính văn bản gốc; vanban không bao giờ ghi đè tệp vào
rollover-wrote = đã ghi { $path } cho năm { $year }: { $count } điểm cần xem lại; số và ngày để trống cho văn thư
rollover-to-issue = để ban hành: `vanban issue { $path }` điền cả hai, hoặc tự ghi: `number:` ở dòng { $number_line }, `date:` ở dòng { $date_line }
rollover-several-registered = sổ đăng ký có { $count } văn bản đã ban hành cùng ký hiệu và trích yếu này ({ $numbers }), không văn bản nào từ { $path }; số và ngày để trống chờ điền

## vanban watch
watch-pdf-only = watch ghi ra PDF; hãy đặt tên tệp kết quả *.pdf
watch-not-a-file = { $path } không phải là tệp
watch-cannot-watch = không theo dõi được { $path }: { $reason }
watch-watching = đang theo dõi { $path } (bấm Ctrl-C để dừng)
watch-rendered = đã xuất { $path } ({ $pages } trang) trong { $ms } ms
watch-failed = { $input } có lỗi; giữ nguyên bản { $output } tốt gần nhất

## vanban diff
diff-summary = { $count } thay đổi từ { $old } sang { $new }
diff-no-register = { $so } không phải là tệp, và không có sổ đăng ký ở { $register } để tra
    .hint = ghi sổ đăng ký bằng --register hoặc VANBAN_REGISTER, hoặc ghi tên tệp
diff-not-in-register = sổ đăng ký { $register } không có văn bản số { $so } ban hành năm { $years }
    .hint = `vanban register list` liệt kê các số; --year chọn năm
diff-no-yaml = sổ đăng ký không ghi tệp YAML của { $so } ({ $year })
diff-found = theo sổ đăng ký, { $so } ({ $year }) là tệp { $path }
diff-several-registered = sổ đăng ký có { $count } văn bản đã ban hành giống { $path } ({ $numbers }); số và ngày của nó để trống
diff-number-from-register = { $path } chưa có số; theo sổ đăng ký, số là { $so }, ngày { $date }
diff-placeholders = { $path } còn { $count } chỗ chưa điền (`<<…>>`); trường chỉ có chỗ chưa điền được so sánh như để trống

## vanban fonts
fonts-family = Phông chữ của văn bản: { $family }
fonts-coverage = { $missing ->
        [0] tiếng Việt: đủ
       *[other] tiếng Việt: thiếu { $missing }/134 chữ
    }
fonts-others = (còn { $count } phông khác; --all liệt kê tất cả)

## vanban schema
schema-foreign = { $path } đã có và không phải schema do vanban viết; thêm --force nếu muốn ghi đè

## Danh sách cần xem lại của rollover (src/rollover.rs)
rollover-year-range =
    .hint = chuyển sang năm sau: --year { $next }
rollover-year-not-after = năm của bản dự thảo ({ $year }) không sau năm của văn bản ({ $old })
    .hint = chọn một năm sau đó, ví dụ --year { $next }
rollover-draft-unparsable = bản dự thảo không đọc được: { $reason }
rollover-year-written = `{ $old }` được ghi thẳng ở đây nên vẫn là { $old } trong bản dự thảo năm { $year }
    .hint = ghi {"{{"} year {"}}"} (hoặc {"{{"} year - 1 {"}}"}) ở chỗ muốn nói năm của kế hoạch
rollover-stale-base = { $base } ban hành năm { $from }, đã hơn { $years } năm so với năm { $year }
    .hint = kiểm tra văn bản này còn hiệu lực và vẫn là căn cứ phù hợp
rollover-base-of-the-year = { $kind } { $number } năm { $old } nói về năm { $old }: căn cứ của năm cũ ít khi còn dùng được cho năm { $year }
    .hint = dẫn văn bản năm { $year } thay thế nó, hoặc bỏ căn cứ này
rollover-amount-copied = số tiền ({ $amount } đồng) được chép từ năm { $old }
    .hint = ghi số kinh phí được giao cho năm { $year }
rollover-cite-impossible = không thêm được văn bản năm nay vào căn cứ: { $reason }
    .hint = tự thêm vào danh sách `bases:`
rollover-cite-no-bases = văn bản không có danh sách `bases:`
rollover-cite-bases-not-list = `bases:` không phải là một danh sách
rollover-cite-bases-empty = `bases:` đang trống
rollover-cite-bases-flow = `bases:` được viết thành danh sách một dòng [...]

## vanban issue
issue-already-numbered = { $path } đã có số { $so }; ban hành lại sẽ làm một văn bản có hai số
    .hint = văn bản đã ban hành giữ nguyên số; muốn cấp số mới (thay số cũ), thêm --renumber
issue-pdf-is-input = tệp PDF { $path } chính là tệp vào; vanban không bao giờ ghi PDF đè lên tệp vào
issue-not-issued = { $path } chưa được ban hành; chưa lấy số nào
issue-edit = vanban không ghi được số và ngày vào tệp này: tệp không có trường `number:` và `date:` viết thành từng dòng
    .hint = thêm `number: null` và `date: null`, mỗi trường một dòng, như `vanban new` vẫn ghi
issue-register-created = chưa có sổ đăng ký ở { $path } (hoặc tệp trống); vanban đã tạo sổ, các dãy số bắt đầu từ 01
issue-already-registered = sổ đăng ký đã có văn bản này: số { $so }, ngày { $date }, ban hành từ { $source }; ban hành lại sẽ làm một văn bản có hai số
    .hint = ghi số và ngày đó vào YAML; nếu đây là văn bản khác có cùng trích yếu, thêm --renumber
issue-source-unknown = một tệp không được ghi lại
issue-date-order = { $so } đề ngày { $date }, trước { $later } đề ngày { $later_date }: số văn bản theo thứ tự ban hành (NĐ30 Điều 15); hãy kiểm tra --date
issue-cancelled = { $so } chưa được ban hành; số này đã được đánh dấu hủy trong { $register }: { $reason }
issue-reason-load = tệp YAML sau khi ghi số không đọc được
issue-reason-render = xuất PDF không thành
issue-reason-archival = xuất PDF lưu trữ không thành
issue-reason-changed = { $path } đã bị sửa trong khi đang ban hành
issue-first-error = { $what }: { $message }{ $more ->
        [0] {""}
       *[other] {" "}(và { $more } lỗi khác)
    }
issue-issued = đã ban hành { $path } số { $so }, ngày { $date }; đã cập nhật { $path }; đã ghi vào { $register }
issue-bad-date = `{ $value }` không phải là ngày viết theo dạng YYYY-MM-DD
issue-empty-series = hãy ghi tên dãy số, ví dụ --series "Hội đồng thi đua"
issue-date-out-of-range = ngày ban hành { $date } không dùng được: năm phải từ { $min } đến { $max }; chưa lấy số nào
    .hint = Kiểm tra lại --date (viết dạng YYYY-MM-DD) hoặc trường `date:` của văn bản
issue-date-future = ngày ban hành { $date } còn sau hôm nay ({ $today }); số chỉ cấp cho văn bản đã ký, và số đã cấp thì không lấy lại được; chưa lấy số nào
    .hint = Kiểm tra lại --date hoặc trường `date:`; nếu đúng là phải cấp số với ngày này, thêm --force
issue-date-far-from-year = ngày ban hành { $date } cách năm { $year } của văn bản { $distance } năm; số sẽ thuộc dãy số năm { $dated }, và số đã cấp thì không lấy lại được; chưa lấy số nào
    .hint = Kiểm tra lại --date, trường `date:` và trường `year:`; nếu đúng như vậy, thêm --force
issue-date-before-register = ngày ban hành { $date } thuộc năm { $dated }, trước năm đầu tiên sổ đăng ký có số của { $body } ({ $first }); số sẽ mở dãy số của một năm đã qua, và số đã cấp thì không lấy lại được; chưa lấy số nào
    .hint = Kiểm tra lại --date hoặc trường `date:`; nếu đúng là cấp số năm { $dated }, thêm --force
issue-option-refused = { $option }: { $problem }
issue-option-line-break = Văn bản chứa dấu xuống dòng U+{ $code }; ghi chú và tên dãy số trong sổ chỉ viết trên một dòng
    .hint = Viết trên một dòng: thay chỗ xuống dòng bằng dấu chấm phẩy (;) hoặc dấu cách
issue-option-too-long = { $option } dài { $count } ký tự; sổ đăng ký chỉ nhận tối đa { $max } ký tự
    .hint = Viết ngắn lại: ghi chú và tên dãy số trong sổ chỉ cần vài chữ

## --help: tên giá trị trong dòng "Cách dùng" (<TỆP>, [TÙY_CHỌN]); một từ,
## nối bằng dấu gạch dưới
cli-value-options = TÙY_CHỌN
cli-value-file = TỆP
cli-value-dir = THƯ_MỤC
cli-value-n = N
cli-value-out = TỆP_RA
cli-value-pdf = PDF
cli-value-year = NĂM
cli-value-type = LOẠI
cli-value-name = TÊN
cli-value-text = CHỮ
cli-value-rule = QUY_TẮC
cli-value-level = MỨC
cli-value-format = ĐỊNH_DẠNG
cli-value-form = MẪU
cli-value-lang = NGÔN_NGỮ
cli-value-old = BẢN_CŨ
cli-value-new = BẢN_MỚI
cli-value-plan = KẾ_HOẠCH

## diff và vanban new --from (src/diff.rs, src/derive.rs)
diff-too-long = quá dài để so từng từ: { $words } từ, nhiều hơn { $max }
derive-comment-head = Báo cáo về Kế hoạch trong { $plan }: mỗi dự án và nhiệm vụ một mục.
derive-comment-fill = Điền mọi chỗ <<…>>; vanban không xuất văn bản khi còn chỗ chưa điền.
