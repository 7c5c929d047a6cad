using System.Security.Cryptography;
using System.Text;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>The two keys derived from the shop's master secret: one encrypts codes, one hashes them for uniqueness.</summary>
internal sealed class CodeKeys
{
    private CodeKeys(byte[] encryption, byte[] hashing)
    {
        Encryption = encryption;
        Hashing = hashing;
    }

    public byte[] Encryption { get; }

    public byte[] Hashing { get; }

    /// <summary>Separate keys per purpose, so the hash column tells nothing about the encryption key.</summary>
    public static CodeKeys Derive(byte[] masterSecret) => new(
        HKDF.DeriveKey(HashAlgorithmName.SHA256, masterSecret, 32, info: Encoding.ASCII.GetBytes("HuijinCardHub.CardCodes.Encryption.v1")),
        HKDF.DeriveKey(HashAlgorithmName.SHA256, masterSecret, 32, info: Encoding.ASCII.GetBytes("HuijinCardHub.CardCodes.KeyedHash.v1")));
}

/// <summary>Per shell (tenant): the derived keys once loaded, so each import or delivery does not unprotect again.</summary>
internal sealed class CodeKeyCache
{
    public volatile CodeKeys? Keys;
}
