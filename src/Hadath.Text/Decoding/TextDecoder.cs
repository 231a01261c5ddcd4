using System.Globalization;
using System.Text;
using Hadath.Text.Diagnostics;

namespace Hadath.Text.Decoding;

/// <summary>
/// Turns raw bytes into text without ever guessing silently: UTF-8 with or without BOM, UTF-16
/// with a BOM. Invalid sequences, NUL bytes (binary files), empty input and over-long lines are
/// reported with the file name and the byte offset or line number at fault.
/// </summary>
public sealed class TextDecoder
{
    /// <summary>Lines longer than this are refused: no real article paragraph comes near it, and it bounds memory per line.</summary>
    public const int DefaultMaxLineLength = 1 << 20;

    private readonly int _maxLineLength;

    public TextDecoder(int maxLineLength = DefaultMaxLineLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineLength, 1);
        _maxLineLength = maxLineLength;
    }

    /// <summary>Decodes <paramref name="bytes"/> or throws <see cref="HadathException"/> naming <paramref name="file"/>.</summary>
    public string Decode(ReadOnlySpan<byte> bytes, string? file)
    {
        if (!TryDecode(bytes, file, out var text, out var diagnostic))
        {
            throw new HadathException(diagnostic!);
        }

        return text!;
    }

    public bool TryDecode(ReadOnlySpan<byte> bytes, string? file, out string? text, out Diagnostic? diagnostic)
    {
        text = null;
        diagnostic = null;
        if (bytes.IsEmpty)
        {
            diagnostic = ErrorCatalog.Create(DiagnosticCode.EmptyInput, file, null);
            return false;
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return TryDecodeUtf16(bytes, file, bigEndian: bytes[0] == 0xFE, out text, out diagnostic);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var body = bytes[start..];
        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostic = ErrorCatalog.AtByte(DiagnosticCode.BinaryInput, file, nul + start, nul + start);
            return false;
        }

        var invalid = FindInvalidUtf8(body);
        if (invalid >= 0)
        {
            diagnostic = ErrorCatalog.AtByte(DiagnosticCode.InvalidUtf8, file, invalid + start, body[invalid].ToString("X2", CultureInfo.InvariantCulture), invalid + start);
            return false;
        }

        text = Encoding.UTF8.GetString(body);
        return CheckText(text, file, out diagnostic);
    }

    private bool TryDecodeUtf16(ReadOnlySpan<byte> bytes, string? file, bool bigEndian, out string? text, out Diagnostic? diagnostic)
    {
        text = null;
        if ((bytes.Length & 1) != 0)
        {
            diagnostic = ErrorCatalog.AtByte(DiagnosticCode.InvalidUtf16, file, bytes.Length - 1, "odd number of bytes");
            return false;
        }

        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            text = encoding.GetString(bytes[2..]);
        }
        catch (DecoderFallbackException e)
        {
            diagnostic = ErrorCatalog.AtByte(DiagnosticCode.InvalidUtf16, file, e.Index + 2, "unpaired surrogate");
            return false;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            var at = text.IndexOf('\0', StringComparison.Ordinal);
            diagnostic = ErrorCatalog.AtByte(DiagnosticCode.BinaryInput, file, (at * 2) + 2, (at * 2) + 2);
            text = null;
            return false;
        }

        return CheckText(text, file, out diagnostic);
    }

    private bool CheckText(string text, string? file, out Diagnostic? diagnostic)
    {
        diagnostic = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostic = ErrorCatalog.Create(DiagnosticCode.EmptyInput, file, null);
            return false;
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var length = i - lineStart;
                if (length > _maxLineLength)
                {
                    diagnostic = ErrorCatalog.Create(DiagnosticCode.LineTooLong, file, line, line, length, _maxLineLength);
                    return false;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return true;
    }

    /// <summary>Index of the first byte that does not start a valid UTF-8 sequence, or -1.</summary>
    public static int FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var ascii = IndexOfNonAscii(bytes[offset..]);
            offset += ascii;
            if (offset >= bytes.Length)
            {
                break;
            }

            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static int IndexOfNonAscii(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        return i < 0 ? bytes.Length : i;
    }
}
