#pragma once

#include "core/export/ByteSink.h"

#include <QStringView>

namespace qw {

// The cell encodings of docs/export.md, appended to a ByteSink. Shared by the ExportWriter
// and "Copy as CSV" so that both write exactly the same cells.

// A CSV text cell (RFC 4180): quoted when it holds '"', ',', CR, LF or another control
// character, quotes doubled; a leading '\'' when it begins with = + - @ tab CR or '\'' so a
// spreadsheet shows it as text (and a reader can undo it by dropping one leading '\'').
// UTF-8; a lone surrogate, which UTF-8 cannot carry, becomes U+FFFD.
void appendCsvText(ByteSink &out, QStringView text);
// A JSON string literal: quotes, backslash and control characters escaped (NUL as \u0000),
// a lone surrogate as its \uXXXX escape so that it reads back as it was.
void appendJsonString(ByteSink &out, QStringView text);
// The shortest text that reads back as the same double: positional from 1e-6 to 1e15
// ("0.1", "150.5", "100000"), with an exponent beyond ("1e+20", "1e-07"); -0 as "0". The
// caller writes non-finite values as an empty cell / null.
void appendNumber(ByteSink &out, double value);
void appendInteger(ByteSink &out, qint64 value);
// "2026-11-23T13:05:00.120Z": always with milliseconds. Outside years 0000-9999 Qt's
// ISO form.
void appendUtcInstant(ByteSink &out, qint64 msSinceEpoch);
// The same instant as local time at a UTC offset: "2026-11-23T14:05:00.120+01:00".
void appendOffsetInstant(ByteSink &out, qint64 msSinceEpoch, int offsetSeconds);

// The same cells written at a raw pointer into room the caller reserved (at most the
// bound's bytes), returning the end: a row of cells then costs one capacity check.
constexpr qsizetype csvTextBound(qsizetype units)
{
    return 3 * units + 3; // 3 bytes of UTF-8 per unit at most (a pair makes 4), quotes, prefix
}
char *putCsvText(char *p, QStringView text);
constexpr qsizetype numberBound = 48;
char *putNumber(char *p, double value);
constexpr qsizetype integerBound = 32;
char *putInteger(char *p, qint64 value);
constexpr qsizetype instantBound = 40;
char *putUtcInstant(char *p, qint64 msSinceEpoch);

} // namespace qw
