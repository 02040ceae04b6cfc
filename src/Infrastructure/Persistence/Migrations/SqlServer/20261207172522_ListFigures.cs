using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AnalisaAI.Api.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ListFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "EngagementRate",
                table: "Influencers",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "GrowthRate30",
                table: "Influencers",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "KnownComponents",
                table: "Influencers",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // A database migrated with runs already stored: each influencer's latest run fills the new columns.
            migrationBuilder.Sql(ListFiguresBackfill.SqlServerSql());

            migrationBuilder.CreateIndex(
                name: "IX_Influencers_EngagementRate_Id",
                table: "Influencers",
                columns: new[] { "EngagementRate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Influencers_Followers_Id",
                table: "Influencers",
                columns: new[] { "Followers", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Influencers_GrowthRate30_Id",
                table: "Influencers",
                columns: new[] { "GrowthRate30", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Influencers_EngagementRate_Id",
                table: "Influencers");

            migrationBuilder.DropIndex(
                name: "IX_Influencers_Followers_Id",
                table: "Influencers");

            migrationBuilder.DropIndex(
                name: "IX_Influencers_GrowthRate30_Id",
                table: "Influencers");

            migrationBuilder.DropColumn(
                name: "EngagementRate",
                table: "Influencers");

            migrationBuilder.DropColumn(
                name: "GrowthRate30",
                table: "Influencers");

            migrationBuilder.DropColumn(
                name: "KnownComponents",
                table: "Influencers");
        }
    }
}
