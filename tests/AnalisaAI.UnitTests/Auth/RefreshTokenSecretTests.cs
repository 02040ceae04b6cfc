using System.Security.Cryptography;
using System.Text;
using AnalisaAI.Api.Infrastructure.Auth;

namespace AnalisaAI.UnitTests.Auth;

public class RefreshTokenSecretTests
{
    [Fact]
    public void A_token_is_256_random_bits_in_43_base64url_characters()
    {
        var token = RefreshTokenSecret.Generate();

        token.Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
        Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Should().HaveCount(32);
    }

    [Fact]
    public void Tokens_do_not_repeat()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => RefreshTokenSecret.Generate()).ToList();

        tokens.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Tokens_use_the_whole_alphabet()
    {
        // 200 tokens hold 8,600 characters: a fixed or low-entropy generator would not touch all 64 symbols.
        var used = Enumerable.Range(0, 200).SelectMany(_ => RefreshTokenSecret.Generate()).Distinct().Count();

        used.Should().Be(64);
    }

    [Fact]
    public void The_hash_is_the_lowercase_hex_sha256_and_deterministic()
    {
        var token = RefreshTokenSecret.Generate();

        var hash = RefreshTokenSecret.Hash(token);

        hash.Should().MatchRegex("^[0-9a-f]{64}$");
        hash.Should().Be(RefreshTokenSecret.Hash(token));
        hash.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))));
        hash.Should().NotBe(RefreshTokenSecret.Hash(RefreshTokenSecret.Generate()));
    }
}
