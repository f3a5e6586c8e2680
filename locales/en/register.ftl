# What `vanban register` prints: the listing, one number, export, verify
# (src/cmd/register.rs).

register-cmd-missing = there is no register at { $path }
    .hint = run vanban in the office's folder, or name the register with --register or { $var }
register-cmd-unknown-type = no document type `{ $key }`; the types are { $types }
register-cmd-filter-year = {" "}in { $year }
register-cmd-filter-type = {" "}of type { $kind }
register-cmd-empty = the register { $path } holds no number{ $filter }
register-cmd-no-number = the register has no số { $number }{ $filter }
register-cmd-series-secret = , secret series (mật)
register-cmd-series = , series { $series }
register-cmd-heading = { $body } { $year }{ $series }
register-cmd-cancelled = [cancelled: { $reason }]
register-cmd-no-reason = no reason recorded
register-cmd-reserved = [reserved, never recorded as issued: the run stopped before the PDF was written]

## `vanban register show`: the label of each line
register-show-so = Number, code
register-show-date = Date
register-show-title = Type and subject
register-show-signer = Signed by
register-show-recipients = Recipients
register-show-copies = Copies
register-show-archive = Archived by
register-show-note = Note
register-show-status = Status
register-show-yaml = YAML file
register-show-pdf = PDF file
register-show-sha = SHA-256
register-show-taken-at = Number taken at
register-status = { $status ->
    [issued] issued
    [cancelled] cancelled
   *[reserved] reserved, not issued
}

## `vanban register verify`
register-verify-changed = changed: { $so } ({ $year }) { $file }: SHA-256 { $now }, recorded { $recorded }
register-verify-missing = missing: { $so } ({ $year }) { $file }: { $reason }
register-verify-reserved = { $count } number(s) reserved but never recorded as issued; `vanban register list` shows them
register-verify-summary = { $same } of { $total } issued PDF(s) as recorded

## `vanban register export`
register-export-xlsx-failed = cannot make the spreadsheet: { $error }
register-export-is-register = { $path } is the register itself; write the export under another name
register-export-is-recorded = { $path } is the { $kind ->
        [yaml] YAML
       *[other] PDF
    } of { $so } ({ $year }) recorded in the register; vanban never writes over it, not even with --force
    .hint = write the export under another name, e.g. --csv outgoing.csv or --xlsx outgoing.xlsx
register-export-exists = { $path } exists; vanban does not write over an existing file
    .hint = add --force if you do mean to replace it with the export, or write under another name
register-export-wrote = wrote { $path } ({ $count } entries{ $filter })
