using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AnalisaAI.Api.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SocialSourceBudget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProfileNote",
                table: "MetricRuns",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SocialProfileFetches",
                columns: table => new
                {
                    InfluencerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FetchedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialProfileFetches", x => x.InfluencerId);
                    table.ForeignKey(
                        name: "FK_SocialProfileFetches_Influencers_InfluencerId",
                        column: x => x.InfluencerId,
                        principalTable: "Influencers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SocialSources",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WindowStartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CallsInWindow = table.Column<int>(type: "int", nullable: false),
                    PausedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PauseReason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RejectedFingerprint = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialSources", x => x.Name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SocialProfileFetches");

            migrationBuilder.DropTable(
                name: "SocialSources");

            migrationBuilder.DropColumn(
                name: "ProfileNote",
                table: "MetricRuns");
        }
    }
}
