echo "serving"
