# `{{ … }}` trong các trường chữ (src/load/expand.rs): điều gì bị từ chối và
# vì sao. `year`, `place`, `cite(id)`, `upper` là tên trong ngôn ngữ biểu thức:
# không dịch.

expr-available = trong chữ chỉ dùng được `year`, `place`, `cite(id)`, `cite_full(id)`, `cite_short(id)`; muốn in `{"{{"}` thì ghi `{"{{"} "{"{{"}" {"}}"}`
expr-accepted = trường chữ chỉ nhận `{"{{"} … {"}}"}` với `year`, `place`, `cite(id)`, `cite_full(id)`, `cite_short(id)`, số, chữ trong ngoặc kép, `+`, `-`, `~`, dấu ngoặc đơn và `| upper`; muốn in `{"{{"}` thì ghi `{"{{"} "{"{{"}" {"}}"}`
expr-cite-loop = trích yếu của `{ $id }` dẫn các văn bản thành vòng lặp hoặc sâu hơn { $depth } cấp, hoặc chính nó có lỗi
expr-no-id = không có căn cứ hay văn bản dẫn chiếu nào có id `{ $id }`
expr-did-you-mean = {" "}(có phải là `{ $suggestion }`?)
expr-too-much = các biểu thức `{"{{"} … {"}}"}` của văn bản này in ra hơn { $max } byte cộng lại
expr-statement = trường chữ chỉ nhận biểu thức `{"{{"} … {"}}"}`, không nhận câu lệnh `{"{%"} … {"%}"}`
expr-comment = trường chữ chỉ nhận biểu thức `{"{{"} … {"}}"}`, không nhận chú thích `{"{#"} … {"#}"}`
expr-unclosed = `{"{{"}` chưa được đóng bằng `{"}}"}`
expr-too-long = các biểu thức của đoạn chữ này dài hơn { $max } tên, số và dấu
expr-digits = số trong chữ có nhiều nhất 9 chữ số
expr-unclosed-quote = một đoạn chữ trong ngoặc kép trong `{"{{"} … {"}}"}` chưa được đóng
expr-sign = không dùng được `{ $sign }` trong chữ
expr-empty = `{"{{"} {"}}"}` không có biểu thức nào
expr-unexpected = biểu thức trong chữ không hợp lệ: không chờ `{ $token }` ở đây
expr-too-deep = các biểu thức trong chữ lồng nhau quá sâu
expr-not-a-filter = `{ $name }` không phải bộ lọc dùng được trong chữ; chỉ có `upper`
expr-filter-missing = biểu thức trong chữ không hợp lệ: sau `|` phải là tên một bộ lọc
expr-paren-unclosed = biểu thức trong chữ không hợp lệ: `(` chưa được đóng
expr-cite-arg = `{ $name }` nhận đúng một id trong ngoặc kép: `{ $name }("id")`
expr-undefined = `{ $name }` không có trong chữ (không phải tên dùng được)
expr-undefined-some = một tên dùng trong chữ không có
expr-missing-end = biểu thức trong chữ không hợp lệ: thiếu một biểu thức ở cuối
expr-out-of-fuel = biểu thức trong đoạn chữ này phải tính quá nhiều nên đã bị dừng
expr-syntax = biểu thức trong chữ không hợp lệ: { $detail }
expr-duplicate-id = id `{ $id }` được dùng cho hai văn bản
    .hint = đặt cho mỗi văn bản được dẫn một id riêng
