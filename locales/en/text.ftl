# `{{ … }}` inside text fields (src/load/expand.rs): what is refused and why.
# `year`, `place`, `cite(id)`, `upper` are names of the language: not translated.

expr-available = text can use `year`, `place`, `cite(id)`, `cite_full(id)`, `cite_short(id)`; write `{"{{"}` as `{"{{"} "{"{{"}" {"}}"}` to print it
expr-accepted = text fields accept only `{"{{"} … {"}}"}` with `year`, `place`, `cite(id)`, `cite_full(id)`, `cite_short(id)`, numbers, quoted text, `+`, `-`, `~`, parentheses and `| upper`; write `{"{{"}` as `{"{{"} "{"{{"}" {"}}"}` to print it
expr-cite-loop = the subject of `{ $id }` cites documents in a loop or more than { $depth } deep, or has an error of its own
expr-no-id = no căn cứ or reference has the id `{ $id }`
expr-did-you-mean = {" "}(did you mean `{ $suggestion }`?)
expr-too-much = the `{"{{"} … {"}}"}` expressions of this document print more than { $max } bytes in all
expr-statement = text fields accept only `{"{{"} … {"}}"}` expressions, not `{"{%"} … {"%}"}` statements
expr-comment = text fields accept only `{"{{"} … {"}}"}` expressions, not `{"{#"} … {"#}"}` comments
expr-unclosed = `{"{{"}` is not closed by `{"}}"}`
expr-too-long = this text's expressions are longer than { $max } names, numbers and signs
expr-digits = numbers in text have at most 9 digits
expr-unclosed-quote = a quoted text in `{"{{"} … {"}}"}` is not closed
expr-sign = `{ $sign }` cannot be used in text
expr-empty = `{"{{"} {"}}"}` holds no expression
expr-unexpected = invalid expression in text: unexpected `{ $token }`
expr-too-deep = expressions in text nest too deeply
expr-not-a-filter = `{ $name }` is not a filter text can use; only `upper` is
expr-filter-missing = invalid expression in text: a filter name must follow `|`
expr-paren-unclosed = invalid expression in text: `(` is not closed
expr-cite-arg = `{ $name }` takes one quoted id: `{ $name }("id")`
expr-undefined = `{ $name }` is not defined in text
expr-undefined-some = a name used in text is not defined
expr-missing-end = invalid expression in text: an expression is missing at the end
expr-out-of-fuel = the expression in this text does too much work and was stopped
expr-syntax = invalid expression in text: { $detail }
expr-duplicate-id = the id `{ $id }` is used by two documents
    .hint = give each cited document its own id
