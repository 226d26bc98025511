package dev.quintet.benchmarks.templates;

import java.util.List;

/**
 * A row of the classic "stocks" template benchmark. A plain class with getters so that every
 * engine reads it through its idiomatic accessor path.
 */
public final class Stock {
    private final String name;
    private final String name2;
    private final String url;
    private final String symbol;
    private final double price;
    private final double change;
    private final double ratio;

    public Stock(String name, String name2, String url, String symbol, double price, double change, double ratio) {
        this.name = name;
        this.name2 = name2;
        this.url = url;
        this.symbol = symbol;
        this.price = price;
        this.change = change;
        this.ratio = ratio;
    }

    public String getName() {
        return name;
    }

    public String getName2() {
        return name2;
    }

    public String getUrl() {
        return url;
    }

    public String getSymbol() {
        return symbol;
    }

    public double getPrice() {
        return price;
    }

    public double getChange() {
        return change;
    }

    public double getRatio() {
        return ratio;
    }

    /** The 20 rows every engine renders; names carry characters that need escaping. */
    public static List<Stock> dummyItems() {
        String[][] rows = {
            {"Adobe Systems", "ADBE", "106.11", "-0.59", "-0.55"},
            {"Advanced Micro Devices", "AMD", "5.27", "0.03", "0.57"},
            {"Amazon.com", "AMZN", "405.82", "7.34", "1.84"},
            {"American Express Co & Sons", "AXP", "62.38", "-0.12", "-0.19"},
            {"Apple <Inc>", "AAPL", "524.92", "8.96", "1.74"},
            {"Bank of America", "BAC", "15.46", "0.14", "0.91"},
            {"Boeing \"Co\"", "BA", "126.04", "-1.33", "-1.04"},
            {"Caterpillar", "CAT", "97.16", "0.62", "0.64"},
            {"Cisco Systems", "CSCO", "22.18", "0.08", "0.36"},
            {"Coca-Cola", "KO", "38.66", "-0.22", "-0.57"},
            {"Dell 'Inc'", "DELL", "13.94", "0.04", "0.29"},
            {"eBay", "EBAY", "53.29", "-0.74", "-1.37"},
            {"Google", "GOOG", "1021.39", "12.55", "1.24"},
            {"Hewlett-Packard", "HPQ", "28.11", "0.31", "1.12"},
            {"Intel", "INTC", "24.42", "-0.05", "-0.20"},
            {"IBM", "IBM", "183.77", "1.27", "0.70"},
            {"Microsoft", "MSFT", "37.84", "0.12", "0.32"},
            {"Oracle", "ORCL", "38.96", "-0.27", "-0.69"},
            {"Texas Instruments", "TXN", "43.94", "0.53", "1.22"},
            {"Yahoo!", "YHOO", "36.51", "0.94", "2.64"},
        };
        return java.util.Arrays.stream(rows)
                .map(r -> new Stock(r[0], r[0] + " Corporation", "https://example.com/" + r[1].toLowerCase(java.util.Locale.ROOT),
                        r[1], Double.parseDouble(r[2]), Double.parseDouble(r[3]), Double.parseDouble(r[4])))
                .toList();
    }
}
