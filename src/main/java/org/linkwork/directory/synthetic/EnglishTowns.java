package org.linkwork.directory.synthetic;

import java.util.List;
import org.linkwork.place.GeoPoint;

/**
 * Towns and cities of England with rough populations in thousands, so that synthetic services are
 * spread the way people are: many in London and the big cities, some in market towns.
 */
final class EnglishTowns {

    record Town(String name, GeoPoint centre, int populationThousands, String postcodeArea) {
    }

    static final List<Town> ALL = List.of(
            town("London", 51.5072, -0.1276, 8800, "E"), town("Birmingham", 52.4862, -1.8904, 1140, "B"),
            town("Manchester", 53.4808, -2.2426, 550, "M"), town("Leeds", 53.8008, -1.5491, 800, "LS"),
            town("Sheffield", 53.3811, -1.4701, 580, "S"), town("Liverpool", 53.4084, -2.9916, 490, "L"),
            town("Bristol", 51.4545, -2.5879, 470, "BS"), town("Newcastle upon Tyne", 54.9783, -1.6178, 300, "NE"),
            town("Nottingham", 52.9548, -1.1581, 330, "NG"), town("Leicester", 52.6369, -1.1398, 370, "LE"),
            town("Coventry", 52.4068, -1.5197, 370, "CV"), town("Bradford", 53.7960, -1.7594, 540, "BD"),
            town("Kingston upon Hull", 53.7676, -0.3274, 270, "HU"), town("Stoke-on-Trent", 53.0027, -2.1794, 260, "ST"),
            town("Wolverhampton", 52.5862, -2.1288, 260, "WV"), town("Plymouth", 50.3755, -4.1427, 260, "PL"),
            town("Southampton", 50.9097, -1.4044, 250, "SO"), town("Reading", 51.4543, -0.9781, 170, "RG"),
            town("Derby", 52.9225, -1.4746, 260, "DE"), town("Portsmouth", 50.8198, -1.0880, 210, "PO"),
            town("Brighton", 50.8225, -0.1372, 280, "BN"), town("Sunderland", 54.9069, -1.3838, 280, "SR"),
            town("Norwich", 52.6309, 1.2974, 140, "NR"), town("Luton", 51.8787, -0.4200, 220, "LU"),
            town("Milton Keynes", 52.0406, -0.7594, 230, "MK"), town("Northampton", 52.2405, -0.9027, 220, "NN"),
            town("York", 53.9600, -1.0873, 200, "YO"), town("Exeter", 50.7184, -3.5339, 130, "EX"),
            town("Cambridge", 52.2053, 0.1218, 145, "CB"), town("Oxford", 51.7520, -1.2577, 150, "OX"),
            town("Ipswich", 52.0567, 1.1482, 140, "IP"), town("Preston", 53.7632, -2.7031, 150, "PR"),
            town("Blackpool", 53.8175, -3.0357, 140, "FY"), town("Middlesbrough", 54.5742, -1.2350, 140, "TS"),
            town("Bolton", 53.5769, -2.4282, 200, "BL"), town("Huddersfield", 53.6458, -1.7850, 160, "HD"),
            town("Halifax", 53.7248, -1.8658, 90, "HX"), town("Carlisle", 54.8925, -2.9329, 75, "CA"),
            town("Lincoln", 53.2307, -0.5406, 100, "LN"), town("Gloucester", 51.8642, -2.2382, 130, "GL"),
            town("Worcester", 52.1936, -2.2216, 100, "WR"), town("Shrewsbury", 52.7073, -2.7553, 75, "SY"),
            town("Hereford", 52.0565, -2.7160, 60, "HR"), town("Truro", 50.2632, -5.0510, 20, "TR"),
            town("Bournemouth", 50.7192, -1.8808, 200, "BH"), town("Canterbury", 51.2802, 1.0789, 55, "CT"),
            town("Maidstone", 51.2704, 0.5227, 110, "ME"), town("Chelmsford", 51.7356, 0.4685, 110, "CM"),
            town("Colchester", 51.8959, 0.8919, 130, "CO"), town("Peterborough", 52.5695, -0.2405, 200, "PE"),
            town("Doncaster", 53.5228, -1.1285, 110, "DN"), town("Wakefield", 53.6830, -1.4977, 100, "WF"),
            town("Barrow-in-Furness", 54.1108, -3.2261, 55, "LA"), town("Durham", 54.7761, -1.5733, 50, "DH"),
            town("Taunton", 51.0150, -3.1029, 60, "TA"), town("Swindon", 51.5558, -1.7797, 180, "SN"),
            town("Salisbury", 51.0688, -1.7945, 45, "SP"), town("Kendal", 54.3280, -2.7463, 30, "LA"),
            town("Scarborough", 54.2831, -0.3998, 60, "YO"), town("Boston", 52.9789, -0.0266, 45, "PE"));

    private static Town town(String name, double lat, double lon, int population, String area) {
        return new Town(name, new GeoPoint(lat, lon), population, area);
    }

    private EnglishTowns() {
    }
}
