using System.Net;
using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.UnitTests.Web;

public class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void Ipv4_is_partitioned_per_address_and_ipv6_per_64(string address, string key) =>
        ClientAddress.PartitionKey(IPAddress.Parse(address)).Should().Be(key);

    [Fact]
    public void A_request_without_an_address_has_a_key_of_its_own() =>
        ClientAddress.PartitionKey(null).Should().Be("unknown");
}
