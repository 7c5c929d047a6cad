using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// AES-256-GCM for codes at rest (a random 12-byte nonce per code, stored as nonce | ciphertext | tag,
/// bound to its goods id) and HMAC-SHA256 for the keyed hash. One instance per operation: not thread-safe.
/// </summary>
internal sealed class CodeCipher(CodeKeys keys) : IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly AesGcm _aes = new(keys.Encryption, TagSize);
    private readonly HMACSHA256 _hmac = new(keys.Hashing);

    public byte[] Hash(CodeText code) => _hmac.ComputeHash(Encoding.UTF8.GetBytes(code.Canonical));

    public byte[] Encrypt(long goodsId, CodeText code)
    {
        var plain = Encoding.UTF8.GetBytes(code.Canonical);
        var blob = new byte[NonceSize + plain.Length + TagSize];
        var nonce = blob.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(nonce, plain, blob.AsSpan(NonceSize, plain.Length), blob.AsSpan(NonceSize + plain.Length), Bound(goodsId));
        CryptographicOperations.ZeroMemory(plain);
        return blob;
    }

    public CodeText Decrypt(long goodsId, byte[] blob)
    {
        ArgumentNullException.ThrowIfNull(blob);
        if (blob.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("A stored card code is damaged.");
        }

        var length = blob.Length - NonceSize - TagSize;
        var plain = new byte[length];
        _aes.Decrypt(blob.AsSpan(0, NonceSize), blob.AsSpan(NonceSize, length), blob.AsSpan(NonceSize + length), plain, Bound(goodsId));
        return CodeText.FromCanonical(Encoding.UTF8.GetString(plain));
    }

    /// <summary>Associated data: a ciphertext copied to other goods does not decrypt.</summary>
    private static byte[] Bound(long goodsId)
    {
        var data = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(data, goodsId);
        return data;
    }

    public void Dispose()
    {
        _aes.Dispose();
        _hmac.Dispose();
    }
}
