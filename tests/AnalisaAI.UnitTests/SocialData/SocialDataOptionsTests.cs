using System.ComponentModel.DataAnnotations;
using AnalisaAI.Api.Features.SocialData;

namespace AnalisaAI.UnitTests.SocialData;

public sealed class SocialDataOptionsTests
{
    [Theory]
    [InlineData("http://graph.facebook.com/v21.0")]
    [InlineData("http://10.0.0.5:8080")]
    [InlineData("ftp://graph.facebook.com")]
    [InlineData("graph.facebook.com")]
    public void A_graph_base_url_that_would_send_the_token_unencrypted_over_a_network_is_refused(string baseUrl)
    {
        Validate(baseUrl).Should().ContainSingle().Which.ErrorMessage.Should().Contain("SocialData:InstagramGraph:BaseUrl").And.Contain("https");
    }

    [Theory]
    [InlineData("https://graph.facebook.com/v21.0")]
    [InlineData("http://127.0.0.1:5123")]
    [InlineData("http://localhost:5123/v21.0")]
    [InlineData("http://[::1]:5123")]
    public void Https_or_http_to_this_machine_is_accepted(string baseUrl) => Validate(baseUrl).Should().BeEmpty();

    private static List<ValidationResult> Validate(string baseUrl)
    {
        var options = new SocialDataOptions
        {
            Source = SocialDataSourceKind.InstagramGraph,
            InstagramGraph = { BaseUrl = baseUrl, AccessToken = "token", BusinessAccountId = "1" },
        };
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);
        return errors;
    }
}
