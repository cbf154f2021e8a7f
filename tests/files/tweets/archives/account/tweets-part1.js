window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://example.invalid\">Test</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "0",
      "id_str" : "900000000000000306",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "900000000000000306",
      "created_at" : "Sat Sep 24 12:30:00 +0000 2016",
      "favorited" : false,
      "full_text" : "Corbyn re-elected as Labour leader &gt; 61% of the vote",
      "lang" : "en"
    }
  }
]
