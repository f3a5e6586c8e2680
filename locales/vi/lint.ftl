# Thông báo của giai đoạn lint (xem src/i18n.rs): các quy tắc NĐ30 và
# tính nhất quán trong src/lint/. Tên quy tắc (year-range, bases-order) giữ
# nguyên. Mỗi quy tắc có `<mã>-summary` (quy tắc kiểm tra gì, cho
# `vanban check --rules`) với `.rule` là quy định nó áp dụng; các lỗi nó báo
# là `<mã>` hoặc `<mã>-<trường hợp>`, kèm `.hint`.

## vanban check --rules
rules-allow-yes = allow
rules-allow-no = -

## Các quy tắc: kiểm tra gì, theo quy định nào
year-range-summary = `year` của văn bản nằm trong khoảng từ 1945 đến 2100
    .rule = tính nhất quán: năm mà văn bản có thể được ban hành
date-year-summary = ngày của văn bản nằm trong năm `year` hoặc năm liền kề, và không trước năm 1945
    .rule = tính nhất quán: ngày và năm của cùng một văn bản
number-range-summary = số văn bản bắt đầu từ 1 (`number: 0` không phải là số)
    .rule = NĐ30 Phụ lục I, mục II.3 (số văn bản, ghi bằng chữ số Ả Rập)
number-as-issued-summary = số có nhiều chữ số 0 ở đầu hơn cách ghi của NĐ30 (`0204`) được in đúng như khi ban hành
    .rule = NĐ30 Phụ lục I, mục II.3 (số ghi bằng chữ số Ả Rập, số nhỏ hơn 10 ghi thêm số 0 phía trước)
empty-value-summary = không để trống chữ viết tắt tên cơ quan, đơn vị soạn thảo, họ tên người ký (kể cả người ký liên tịch), người gửi công điện, địa danh, dòng tên cơ quan, tiêu đề hay nơi nhận
    .rule = NĐ30 Phụ lục I, mục II.3 và II.7 (ký hiệu, họ tên người ký)
unit-unused-summary = `unit` chỉ dùng cho công văn, vì chỉ ký hiệu công văn có đơn vị soạn thảo
    .rule = NĐ30 Phụ lục I, mục II.3 (ký hiệu công văn)
placeholder-summary = không còn chỗ phải điền (`<<TÊN CƠ QUAN>>`) nào trong văn bản
    .rule = NĐ30 Điều 8 (mọi thành phần thể thức đều được điền)
citation-inconsistent-summary = một văn bản được dẫn với ký hiệu hoặc ngày khác nhau
    .rule = NĐ30 Phụ lục I, mục II.6
citation-without-so-summary = văn bản được dẫn thiếu chữ `số` trước số hiệu
    .rule = NĐ30 Phụ lục I, mục II.6
ky-hieu-type-summary = ký hiệu văn bản được dẫn có chữ viết tắt tên loại không khớp với tên loại
    .rule = NĐ30 Phụ lục III, mục I
bases-order-summary = căn cứ không xếp theo hiệu lực pháp lý, rồi theo ngày
    .rule = thông lệ: căn cứ xếp từ văn bản có hiệu lực pháp lý cao xuống, văn bản cũ trước
cites-later-document-summary = văn bản được dẫn có ngày sau ngày của chính văn bản này
    .rule = NĐ30 Phụ lục I, mục II.4
date-in-future-summary = ngày của văn bản, hoặc ngày của văn bản được dẫn, ở tương lai
    .rule = NĐ30 Phụ lục I, mục II.4
replaced-basis-summary = căn cứ đã được ghi là bị thay thế
    .rule = thông lệ: dẫn văn bản đang có hiệu lực
weekday-mismatch-summary = thứ ghi cạnh một ngày đúng là thứ của ngày đó (`thứ Tư, ngày 22 tháng 4 năm 2026`)
    .rule = tính nhất quán
title-year-summary = năm ghi trong trích yếu của Kế hoạch, Báo cáo hay Chương trình khác với `year`
    .rule = tính nhất quán
plan-parts-summary = `parts` của Kế hoạch nêu mỗi phần chuẩn một lần, và nêu mọi phần có nội dung
    .rule = tính nhất quán: không nội dung nào đã viết lại bị bỏ không in
signer-academic-title-summary = không ghi học hàm, học vị (TS., ThS., GS. …) trước họ tên người ký
    .rule = NĐ30 Phụ lục I, mục II.7.b (ô 7b)
appendix-not-referenced-summary = mỗi phụ lục đều được nhắc đến trong nội dung (`Phụ lục I`, `Phụ lục II`)
    .rule = NĐ30 Phụ lục I, mục II (phụ lục)
table-sum-summary = số liệu ghi cho dòng tổng, dòng cha, tổng cộng và tỷ lệ trong bảng đúng bằng kết quả cộng lại
    .rule = tính nhất quán: bản sao giữ số liệu như bản gốc đã in, có ghi nhận chỗ sai
person-title-summary = `person` của giấy giới thiệu chỉ ghi họ tên: mẫu đã in `Ông (bà)` phía trước
    .rule = NĐ30 Phụ lục III, Mẫu 1.8 (Giấy giới thiệu)
time-order-summary = biên bản kết thúc sau khi bắt đầu; ngày nghỉ cuối của giấy nghỉ phép không trước ngày nghỉ đầu
    .rule = NĐ30 Phụ lục III, Mẫu 1.9 (Biên bản), Mẫu 1.10 (Giấy nghỉ phép)
collective-signer-summary = nghị quyết được ký `TM.` tập thể đã thông qua nghị quyết
    .rule = NĐ30 Phụ lục I, mục II.7.a; Phụ lục III, Mẫu 1.1 (Nghị quyết)
joint-layout-summary = biên bản không phải văn bản liên tịch: hai người ký là thư ký và chủ tọa
    .rule = NĐ30 Phụ lục III, Mẫu 1.9 (Biên bản)
leave-dates-summary = số ngày nghỉ theo lịch của giấy nghỉ phép bằng khoảng ngày nghỉ; đơn đề nghị có trước ngày nghỉ, giấy có trước ngày nghỉ cuối
    .rule = NĐ30 Phụ lục III, Mẫu 1.10 (Giấy nghỉ phép)
dien-sender-summary = `sender` của công điện là người gửi, không kèm chữ `điện:` mà vanban tự in sau đó
    .rule = NĐ30 Phụ lục III, Mẫu 1.6 (Công điện)
empty-list-summary = công điện có nơi nhận (`to`), biên bản có thành phần tham dự
    .rule = NĐ30 Phụ lục III, Mẫu 1.6 (Công điện), Mẫu 1.9 (Biên bản)
joint-abbr-summary = cơ quan thứ hai của văn bản liên tịch có chữ viết tắt riêng
    .rule = NĐ30 Phụ lục I, mục II.3 (ký hiệu văn bản liên tịch)
figure-dot-summary = số liệu trong bảng không ghi `2.000` mà không có dấu nháy: YAML đọc dấu chấm là dấu thập phân
    .rule = tính nhất quán: số liệu đúng như người soạn muốn ghi (tiếng Việt tách hàng nghìn bằng dấu `.`)
legal-normative-summary = quyết định dẫn Luật Ban hành văn bản quy phạm pháp luật thì ghi `legal_normative: true`; quyết định đã ghi như vậy thì dẫn Luật đó và là văn bản của Ủy ban nhân dân
    .rule = Luật Ban hành văn bản quy phạm pháp luật; NĐ78/2025 (số kèm năm, câu ban hành)
citation-year-summary = Luật, Nghị định, Thông tư … được dẫn có năm trong số (`30/2020/NĐ-CP`); công văn, kế hoạch, báo cáo … được dẫn thì không có
    .rule = Luật Ban hành văn bản quy phạm pháp luật (số/năm/ký hiệu); NĐ30 Phụ lục I, mục II.3 (không có năm)
cross-reference-summary = chỗ dẫn đến Điều, khoản, điểm của chính văn bản (`khoản 2 Điều 3 Quy chế này`) trỏ đến Điều, khoản, điểm có thật
    .rule = tính nhất quán: Điều đánh số liên tục trong toàn văn bản (Luật Ban hành VBQPPL, kỹ thuật trình bày)
article-colon-summary = nhãn Điều gõ kèm dấu hai chấm (`Điều 1:`) được in đúng như đã gõ; NĐ30 ghi `Điều 1.`
    .rule = NĐ30 Phụ lục III, Mẫu 1.2–1.3 (`Điều 1.`)
numbering-depth-summary = văn bản viết theo Điều chỉ chia đến khoản `1.` và điểm `a)` dưới mỗi Điều
    .rule = NĐ30 Phụ lục I, mục II.6 (Điều, khoản 1., điểm a))
form-shape-summary = mẫu có nội dung; khung chữ ký có từ 2 đến 4 người ký, dòng điền có từ 1 đến 4 ô, danh sách ô đánh dấu có ít nhất một mục, bảng có cột vẽ được và có dòng để điền, tối đa { $max_blank_rows } dòng trống
    .rule = trình bày: mẫu kèm theo quyết định hoặc kế hoạch
ky-hieu-part-summary = `issuer.abbr` và `unit` là chữ viết tắt in hoa (`VP`, không phải `Văn phòng`)
    .rule = NĐ30 Phụ lục I, mục II.3 (ký hiệu: chữ viết tắt)
recipients-written-by-vanban-summary = không gõ `Như trên` hay `Lưu: …` vào `recipients`: vanban tự viết các dòng này
    .rule = NĐ30 Phụ lục I, mục II.9.b
archive-without-vt-summary = nơi nhận kết thúc bằng `Lưu: VT, …`
    .rule = NĐ30 Phụ lục I, mục II.9.b

## allow: và --allow
allowed-by-document = văn bản ghi nhận: { $reason }
allowed-on-command-line = được chấp nhận trên dòng lệnh (--allow { $id })
allow-reason = `allow: { $id }` cần ghi lý do
    .hint = Ghi rõ vì sao văn bản giữ nguyên như vậy, ví dụ `{ $id }: "bản gốc ghi như vậy, giữ nguyên khi sao"`
allow-unknown = `{ $id }` không phải là quy tắc của vanban
    .hint = Các quy tắc có thể ghi nhận: { $allowable }
allow-unknown-suggest =
    .hint = Có phải là `{ $suggestion }`? Các quy tắc có thể ghi nhận: { $allowable }
allow-refused = Không thể bỏ qua quy tắc `{ $id }`: quy tắc này bảo vệ người đọc văn bản
    .hint = Hãy sửa văn bản; chỉ các quy tắc về tính nhất quán của chính văn bản mới được ghi nhận (`vanban check --rules` liệt kê các quy tắc đó)

## Các lỗi tìm thấy
year-range = Năm { $year } nằm ngoài khoảng cho phép: năm của văn bản phải từ { $min } đến { $max }
    .hint = Ghi năm của văn bản bằng bốn chữ số, ví dụ `year: 2026`
date-year-before = Ngày của văn bản thuộc năm { $dated }, trước năm { $min }; không có văn bản nhà nước nào mang ngày đó
    .hint = Kiểm tra `date:` và `year:`; văn bản mang ngày trong năm của nó hoặc năm liền kề
date-year-far = Ngày của văn bản thuộc năm { $dated }, cách năm { $year } của văn bản { $distance } năm
    .hint = Kiểm tra `date:` và `year:`; văn bản mang ngày trong năm của nó hoặc năm liền kề
number-range = Số 0 không phải là số văn bản; số văn bản bắt đầu từ 1
    .hint = Ghi số theo sổ đăng ký văn bản (`number: 15`), hoặc `number: null` để văn thư điền
number-as-issued = Số `{ $printed }` được in đúng như khi ban hành; NĐ30 ghi là `{ $nd30 }`
    .hint = Giữ nguyên nếu văn bản đã ban hành với số này; với văn bản mới, ghi `number: { $number }`
empty-value = Trường `{ $path }` đang để trống
    .hint-issuer-abbr = Ghi chữ viết tắt tên cơ quan trong ký hiệu, ví dụ `abbr: UBND`
    .hint-unit = Ghi chữ viết tắt tên đơn vị soạn thảo, ví dụ `unit: VHXH`, hoặc xóa dòng `unit:`
    .hint-signer-name = Ghi đầy đủ họ tên người ký, ví dụ `name: Nguyễn Văn An`
    .hint-sender = Ghi người gửi công điện, ví dụ `sender: Chủ tịch Ủy ban nhân dân xã Ngọc Liên`
    .hint-joint-issuer-abbr = Ghi chữ viết tắt tên cơ quan thứ hai trong ký hiệu, ví dụ `abbr: MTTQ`
    .hint-joint-signer-name = Ghi đầy đủ họ tên người ký thứ hai, ví dụ `name: Nguyễn Văn An`
    .hint-place = Ghi địa danh của dòng ngày tháng, ví dụ `place: Ngọc Liên`
    .hint-name-line = Ghi từng dòng tên cơ quan, hoặc xóa dòng trống
    .hint-title = Ghi tiêu đề, hoặc xóa mục trống
    .hint-recipient = Ghi nơi nhận, hoặc xóa dòng trống
unit-unused = Ký hiệu của { $ten_loai } không có đơn vị soạn thảo (`{ $ky_hieu }`); chỉ ký hiệu công văn mới có (`UBND-VHXH`)
    .hint = Xóa dòng `unit:`
ky-hieu-part = `{ $value }` không thể là một phần của ký hiệu: ký hiệu viết bằng chữ in hoa, không có dấu cách
    .hint = Ghi chữ viết tắt, ví dụ `{ $key }: { $initials }`
person-title = `{ $person }` sẽ in thành `Ông (bà) { $person }`: mẫu đã in sẵn `Ông (bà)`
    .hint = Chỉ ghi họ tên: `person: { $name }`
time-order-leave = Ngày nghỉ cuối { $until } ở trước ngày nghỉ đầu { $from }
    .hint = Kiểm tra `from` và `until`: thời gian nghỉ tính từ ngày đầu đến ngày cuối, kể cả hai ngày đó
time-order-meeting = Cuộc họp kết thúc lúc { $closed_time } ngày { $closed_date }, trước khi bắt đầu lúc { $opened_time } ngày { $opened_date }
    .hint = Kiểm tra `opened` và `closed`; cuộc họp kết thúc vào hôm sau thì ghi rõ: `closed: {"{"}time: "01:30", date: …{"}"}`
leave-dates-duration = `{ $duration }` không khớp với thời gian nghỉ từ { $from } đến { $until }: { $days } ngày theo lịch
    .hint = Ghi `duration: { $written } ngày`, ghi `… ngày làm việc` nếu tính theo ngày làm việc, hoặc kiểm tra `from` và `until`
leave-dates-request = Đơn đề nghị đề ngày { $request }, sau ngày bắt đầu nghỉ { $from }
    .hint = Kiểm tra `request_date`: đơn đề nghị phải có trước khi nghỉ
leave-dates-issued = Giấy nghỉ phép đề ngày { $date }, sau ngày nghỉ cuối { $until }
    .hint = Kiểm tra `date` và `until`: giấy nghỉ phép được cấp trước khi hết thời gian nghỉ
joint-layout = Biên bản không thể là văn bản liên tịch: thư ký và chủ tọa ký biên bản
    .hint = Xóa `joint:`; các cơ quan tham dự ghi trong `attendees`
collective-signer = Nghị quyết được ký không có `TM.`: nghị quyết của tập thể được ký thay mặt tập thể, `TM. { $body_upper }`
    .hint = Ghi `authority: [TM. { $body }]` phía trên chức vụ người ký
dien-sender = `{ $sender }` kết thúc bằng chữ `điện`: vanban tự ghi "điện:" sau người gửi
    .hint = Chỉ ghi người gửi: `sender: { $stem }`
empty-list-to = Công điện chưa có nơi nhận: `to` đang để trống
    .hint = Liệt kê nơi nhận công điện, mỗi nơi một dòng: `to: [Công an xã, Trạm Y tế xã]`
empty-list-attendees = Biên bản chưa có thành phần tham dự: `attendees` đang để trống
    .hint = Liệt kê người tham dự, mỗi người một dòng: `attendees: [Ông Nguyễn Văn An, Chủ tịch UBND xã]`
joint-abbr = `joint.issuer.abbr` là `{ $abbr }`, trùng với cơ quan ban hành: ký hiệu sẽ thành `{ $ky_hieu }`
    .hint = Ghi chữ viết tắt của cơ quan thứ hai, ví dụ `abbr: MTTQ`
recipients-written-by-vanban-archive = Dòng `{ $line }` do vanban tự viết từ `archive:`; gõ ở đây, dòng này sẽ bị bỏ qua
    .hint = Xóa dòng này; ghi `archive: [{ $archive }]`
recipients-written-by-vanban-lead = Với văn bản này, vanban tự ghi `{ $lead }` ở đầu nơi nhận; gõ ở đây, dòng này chỉ được in một lần
    .hint = Xóa dòng này
table-sum =
    .hint = Sửa số liệu, để trống để vanban tự điền, hoặc, với bản sao giữ số liệu của bản gốc, ghi nhận: `allow: {"{"}table-sum: "giữ như bản gốc"{"}"}`
weekday-mismatch = Ngày { $date } là { $weekday }, không phải { $stated }
    .hint = Ghi `{ $weekday }`
title-year = Trích yếu ghi năm { $stated }, nhưng `year` của văn bản là { $year }
    .hint = Ghi `năm {"{{"} year {"}}"}` để tiêu đề theo `year`
plan-parts-twice = `parts` nêu `{ $part }` hai lần (lần trước ở `parts[{ $first }]`)
    .hint = Nêu mỗi phần một lần, ở chỗ phần đó được in
plan-parts-missing = `{ $field }` có nội dung, nhưng `parts` không nêu `{ $part }`, nên phần này sẽ không được in
    .hint = Thêm `{ $part }` vào `parts` ở chỗ cần in, hoặc xóa `{ $field }`
signer-academic-title = Trước họ tên người ký có ghi `{ $prefix }`
    .hint = Chỉ ghi họ tên: NĐ30 không ghi học hàm, học vị, danh hiệu trước họ tên người ký
appendix-not-referenced = Nội dung văn bản không nhắc đến { $label }
    .hint = Nhắc đến phụ lục ở chỗ phù hợp, ví dụ `(chi tiết tại { $label } kèm theo)`
archive-without-vt = Dòng `Lưu:` của nơi nhận không có văn thư (`VT`)
    .hint = Ghi `archive: [VT, <đơn vị soạn thảo>]`
figure-dot = `{ $raw }` được đọc là { $read } (trong YAML, dấu chấm là dấu thập phân)
    .hint = Ghi `{ $thousands }` hoặc `"{ $raw }"` (trong dấu nháy) nếu là { $thousands }; ghi `{ $decimal }` nếu là số thập phân
citation-inconsistent-ky-hieu = { $kind } số { $number } ở đây được dẫn là `{ $here }`, nhưng ở `{ $path }` là `{ $there }`
    .hint = Khai báo văn bản một lần trong `bases:`/`references:` kèm `id` rồi dẫn bằng {"{{"} cite("id") {"}}"}
citation-inconsistent-date = { $kind } số { $number } ở đây đề ngày { $here }, nhưng ở `{ $path }` là { $there }
    .hint = Khai báo văn bản một lần trong `bases:`/`references:` kèm `id` rồi dẫn bằng {"{{"} cite("id") {"}}"}
citation-without-so = `{ $kind } { $number }` được dẫn thiếu chữ `số`
    .hint = Ghi `{ $kind } số { $number }`
ky-hieu-type = Ký hiệu `{ $number }` là ký hiệu của { $type_name }, nhưng văn bản được dẫn là { $kind }
bases-order-rank = Căn cứ này có hiệu lực pháp lý cao hơn căn cứ ngay trên nó (bases[{ $before }])
    .hint = Xếp căn cứ theo hiệu lực pháp lý (Luật, Nghị định, Quyết định của Thủ tướng, … UBND), rồi theo ngày
bases-order-date = Căn cứ này được ban hành sớm hơn căn cứ ngay trên nó (bases[{ $before }])
    .hint = Xếp căn cứ theo hiệu lực pháp lý (Luật, Nghị định, Quyết định của Thủ tướng, … UBND), rồi theo ngày
cites-later-document = { $kind } số { $number } đề ngày { $date }, sau ngày của văn bản này ({ $own })
date-in-future = Văn bản đề ngày { $date }, sau ngày hôm nay
date-in-future-cited = { $kind } số { $number } đề ngày { $date }, sau ngày hôm nay
replaced-basis = { $kind } { $number } đã được thay thế bằng { $by }
    .hint = Dẫn văn bản đang có hiệu lực
citation-year-missing = { $kind } số { $number } là văn bản quy phạm pháp luật: số của văn bản có năm ban hành ({ $bare }/<năm>/{ $ky_hieu })
    .hint = Chép số và ký hiệu đúng như văn bản được dẫn đã in
citation-year-extra = { $kind } số { $number } là văn bản hành chính: số không có năm (`{ $bare }/{ $ky_hieu }`), năm { $year } nằm trong ngày ban hành
    .hint = Chép số và ký hiệu đúng như văn bản được dẫn đã in
legal-normative-unmarked = Quyết định dẫn Luật Ban hành văn bản quy phạm pháp luật nhưng chưa được ghi là văn bản quy phạm pháp luật
    .hint = Thêm `legal_normative: true`: khi đó số văn bản có năm (`Số: 25/2026/QĐ-UBND`) và văn bản mở đầu bằng câu ban hành
legal-normative-uncited = Văn bản quy phạm pháp luật được ban hành theo Luật Ban hành văn bản quy phạm pháp luật, nhưng phần căn cứ chưa dẫn Luật này
    .hint = Thêm căn cứ `{"{"}kind: Luật, subject: Ban hành văn bản quy phạm pháp luật, date: 2025-02-19{"}"}`, hoặc xóa `legal_normative:` nếu là quyết định hành chính (số không có năm)
legal-normative-chairman = Quyết định quy phạm pháp luật là văn bản của Ủy ban nhân dân, không phải của Chủ tịch (`{ $authority }`)
    .hint = Ghi tên cơ quan, ví dụ `authority: Ủy ban nhân dân tỉnh Bình Lâm`, và ký `TM. Ủy ban nhân dân`
cross-reference-no-article = Văn bản dẫn `{ $reference }`, nhưng { $ten_loai } không có Điều { $article }: { $count ->
        [0] văn bản không có Điều nào
        [1] văn bản chỉ có Điều { $first }
       *[other] văn bản có từ Điều { $first } đến Điều { $last }
    }
    .hint = Sửa lại số, hoặc ghi chỗ dẫn theo cách đánh số khi in (Điều đánh số liên tục trong toàn văn bản, khoản và điểm đánh số trong từng Điều)
cross-reference-no-clause = Văn bản dẫn `{ $reference }`, nhưng Điều { $article } { $count ->
        [0] không có khoản nào
       *[other] chỉ có { $count } khoản
    }
cross-reference-no-point = Văn bản dẫn `{ $reference }`, nhưng khoản { $clause } Điều { $article } { $count ->
        [0] không có điểm nào
       *[other] chỉ có { $count } điểm (từ a đến { $last })
    }
article-colon = `{ $label }` được in đúng như đã gõ; NĐ30 ghi `{ $fixed }`
    .hint = Ghi `{ $fixed }`, hoặc bỏ nhãn: vanban tự đánh số Điều
numbering-depth = Nội dung lồng { $depth } cấp, in thành `{ $style }`: `numbering: { $numbering }` đánh số { $levels } cấp, dưới Điều chỉ có khoản `1.` và điểm `a)`
    .hint = Đưa nội dung này lên một cấp, hoặc thêm cấp còn thiếu vào `numbering:` (ví dụ [Chương, Mục, Điều])
form-shape-empty = Mẫu chưa có nội dung để điền
    .hint = Thêm các khối `field:`, `fields:`, `checkboxes:`, `table:` hoặc `signatures:`
form-shape-table =
    .hint = Ghi các cột của bảng, mỗi cột có `title` (và `width` như 30mm, 2fr hoặc auto)
form-shape-signatures = Khung chữ ký xếp từ 2 đến 4 người ký cạnh nhau, không phải { $count }
    .hint = Liệt kê từ hai đến bốn người ký; một người ký thì ký dưới dòng ngày tháng, hoặc dùng thêm một khung chữ ký bên dưới
form-shape-fields = Mỗi dòng có từ 1 đến 4 ô điền, không phải { $count }
    .hint = Chia các ô ra nhiều dòng `fields:`
form-shape-checkboxes = Danh sách ô đánh dấu cần ít nhất một mục
    .hint = Liệt kê các lựa chọn để đánh dấu, ví dụ `checkboxes: [Có, Không]`
form-shape-blank-rows = { $count } dòng trống; bảng của mẫu có tối đa { $max } dòng trống
    .hint = In tờ mẫu nhiều lần
form-shape-no-rows = Bảng của mẫu không có dòng nào và `blank_rows: 0` thì chỉ còn dòng tiêu đề, không có chỗ để điền
    .hint = Bỏ `blank_rows` (mặc định 5 dòng trống) hoặc ghi số dòng cần điền
