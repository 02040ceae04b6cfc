namespace AnalisaAI.Soak;

/// <summary>The tokens of a login or refresh answer.</summary>
public sealed record TokenPair(string AccessToken, string RefreshToken)
{
    public static TokenPair From(Answer answer)
    {
        var json = answer.Json();
        return new TokenPair(json["accessToken"]!.GetValue<string>(), json["refreshToken"]!.GetValue<string>());
    }
}
