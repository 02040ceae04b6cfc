using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AnalisaAI.Api.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CatalogueFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DataConfidence",
                table: "Influencers",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ErPercentile",
                table: "Influencers",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowerTier",
                table: "Influencers",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RaisedFlags",
                table: "Influencers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Influencers_ErPercentile_Id",
                table: "Influencers",
                columns: new[] { "ErPercentile", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Influencers_ErPercentile_Id",
                table: "Influencers");

            migrationBuilder.DropColumn(
                name: "DataConfidence",
                table: "Influencers");

            migrationBuilder.DropColumn(
                name: "ErPercentile",
                table: "Influencers");

            migrationBuilder.DropColumn(
                name: "FollowerTier",
                table: "Influencers");

            migrationBuilder.DropColumn(
                name: "RaisedFlags",
                table: "Influencers");
        }
    }
}
