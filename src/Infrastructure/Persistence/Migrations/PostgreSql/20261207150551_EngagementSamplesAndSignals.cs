using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AnalisaAI.Api.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EngagementSamplesAndSignals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "DaysSinceLastPost",
                table: "EngagementResults",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "EngagementRatePublic",
                table: "EngagementResults",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "LikeRateByViews",
                table: "EngagementResults",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MedianGapHours",
                table: "EngagementResults",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "PostingGapCv",
                table: "EngagementResults",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "PostsPerWeek",
                table: "EngagementResults",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublicSampleSize",
                table: "EngagementResults",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ViewsSampleSize",
                table: "EngagementResults",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SignalsResults",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    DataConfidence = table.Column<string>(type: "text", nullable: false),
                    Flags = table.Column<string>(type: "text", nullable: false),
                    RaisedFlags = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SnapshotDays30 = table.Column<int>(type: "integer", nullable: false),
                    InfluencerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CalculatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignalsResults", x => x.RunId);
                    table.ForeignKey(
                        name: "FK_SignalsResults_MetricRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "MetricRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignalsResults");

            migrationBuilder.DropColumn(
                name: "DaysSinceLastPost",
                table: "EngagementResults");

            migrationBuilder.DropColumn(
                name: "EngagementRatePublic",
                table: "EngagementResults");

            migrationBuilder.DropColumn(
                name: "LikeRateByViews",
                table: "EngagementResults");

            migrationBuilder.DropColumn(
                name: "MedianGapHours",
                table: "EngagementResults");

            migrationBuilder.DropColumn(
                name: "PostingGapCv",
                table: "EngagementResults");

            migrationBuilder.DropColumn(
                name: "PostsPerWeek",
                table: "EngagementResults");

            migrationBuilder.DropColumn(
                name: "PublicSampleSize",
                table: "EngagementResults");

            migrationBuilder.DropColumn(
                name: "ViewsSampleSize",
                table: "EngagementResults");
        }
    }
}
