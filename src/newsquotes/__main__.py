from newsquotes.cli import main

main()
